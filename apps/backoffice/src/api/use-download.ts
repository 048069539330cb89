import { ref, type Ref } from 'vue';
import { inWords, type ShownProblem } from '../i18n/problems';
import { saveFile } from './downloads';

/**
 * A download button's state: `download` runs the typed client's request (asked with `parseAs: 'blob'`),
 * then saves the file under its name, or shows the problem in the page's alert.
 */
export function useDownload(problem: Ref<ShownProblem | null>) {
  const downloading = ref(false);
  async function download(request: () => Promise<{ data?: Blob; error?: ShownProblem }>, name: () => string): Promise<void> {
    downloading.value = true;
    try {
      const { data, error } = await request();
      if (error || !data) problem.value = error ? inWords(error) : null;
      else saveFile(data, name());
    } finally {
      downloading.value = false;
    }
  }
  return { downloading, download };
}
