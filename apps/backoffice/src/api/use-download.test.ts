import { describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import type { ShownProblem } from '../i18n/problems';
import { useDownload } from './use-download';

const saveFile = vi.hoisted(() => vi.fn());
vi.mock('./downloads', () => ({ saveFile }));

describe('a download button', () => {
  it('saves the file under its name and is busy only while it is fetched', async () => {
    const problem = ref<ShownProblem | null>(null);
    const { downloading, download } = useDownload(problem);
    const file = new Blob(['a;b\n'], { type: 'text/csv' });
    let busyDuring = false;
    await download(
      async () => {
        busyDuring = downloading.value;
        return { data: file };
      },
      () => 'ventes.csv',
    );
    expect(busyDuring).toBe(true);
    expect(downloading.value).toBe(false);
    expect(saveFile).toHaveBeenCalledWith(file, 'ventes.csv');
    expect(problem.value).toBeNull();
  });

  it('shows the problem in words and saves nothing when the API refuses', async () => {
    saveFile.mockClear();
    const problem = ref<ShownProblem | null>(null);
    const { downloading, download } = useDownload(problem);
    await download(
      async () => ({ error: { code: 'FORBIDDEN', detail: 'Not yours.' } as ShownProblem }),
      () => 'x.csv',
    );
    expect(saveFile).not.toHaveBeenCalled();
    expect(downloading.value).toBe(false);
    expect(problem.value?.code).toBe('FORBIDDEN');
    expect(problem.value?.detail).not.toBe('Not yours.'); // the catalog's French words
  });
});
