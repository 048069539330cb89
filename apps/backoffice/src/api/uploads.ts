/**
 * The body and serializer of an upload (`multipart/form-data` with one file field, e.g. `image` or
 * `logo`) for the typed client: the contract types the file as a string, the browser sends a File.
 */
export function fileUpload<F extends string>(field: F, file: File): { body: Record<F, string>; bodySerializer: () => FormData } {
  const form = new FormData();
  form.append(field, file);
  return { body: { [field]: file.name } as Record<F, string>, bodySerializer: () => form };
}

/** The accepted image types, for an `<input type="file" accept>`. */
export const IMAGE_TYPES = 'image/jpeg,image/png,image/webp';
