import { refuse } from './http-error';

/** Our forms are a few short fields; anything bigger is not one of them. */
const MAX_FORM_BYTES = 64 * 1024;

/** NUL and lone surrogates: no person types them, and PostgreSQL refuses NUL with a 500. */
export function hasBadCharacters(value: string): boolean {
  // A lone surrogate is a high one not followed by a low one, or a low one not after a high one.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is what we look for
  return /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(value);
}

/**
 * The fields of a form post, the one way every action reads its body: another content type is
 * a 415, a body that does not parse, holds a file or NUL/lone surrogates is a 400, each with a
 * code, instead of the TypeError that request.formData() throws (a 500).
 */
export async function readForm(request: Request): Promise<Record<string, string>> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded' && type !== 'multipart/form-data') {
    refuse(
      415,
      'unsupported_media_type',
      'Send the form as application/x-www-form-urlencoded or multipart/form-data.',
    );
  }
  if (Number(request.headers.get('content-length') ?? 0) > MAX_FORM_BYTES) {
    refuse(413, 'form_too_large', `A form is at most ${MAX_FORM_BYTES} bytes.`);
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    refuse(400, 'malformed_form', 'The form could not be read.');
  }
  const fields: Record<string, string> = {};
  let size = 0;
  for (const [name, value] of form) {
    if (typeof value !== 'string') refuse(400, 'unexpected_file', 'This form takes no files.');
    if (hasBadCharacters(name) || hasBadCharacters(value)) {
      refuse(400, 'invalid_characters', 'The form holds characters no one types (NUL, lone surrogates).');
    }
    size += name.length + value.length;
    if (size > MAX_FORM_BYTES) refuse(413, 'form_too_large', `A form is at most ${MAX_FORM_BYTES} bytes.`);
    fields[name] = value;
  }
  return fields;
}
