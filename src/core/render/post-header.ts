/** What the preview shows above the body, taken from the frontmatter the way blog layouts commonly use it. */
export interface PostHeader {
  readonly title?: string;
  /** The publication date as written (`2025-09-02`), for the webview to format. */
  readonly date?: string;
  readonly authors: readonly string[];
  readonly tags: readonly string[];
  readonly image?: string;
  readonly imageAlt?: string;
  readonly draft: boolean;
}

const DATE_KEYS = ['pubDate', 'publishDate', 'date'];
const IMAGE_KEYS = ['heroImage', 'image', 'cover', 'featuredImage', 'thumbnail'];

export function postHeader(data: Readonly<Record<string, unknown>>): PostHeader {
  return {
    title: text(data.title),
    date: DATE_KEYS.map((k) => text(data[k])).find(Boolean),
    authors: list(data.author ?? data.authors),
    tags: [...list(data.tags), ...list(data.categories), ...list(data.category)],
    image: IMAGE_KEYS.map((k) => imagePath(data[k])).find(Boolean),
    imageAlt: text(data.imageAlt) ?? text(data.alt),
    draft: data.draft === true || data.published === false,
  };
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (typeof value === 'number') return String(value);
  if (value instanceof Date) return value.toISOString();
  return undefined;
}

function list(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(text).filter((v): v is string => v !== undefined);
  const single = text(value);
  return single ? [single] : [];
}

function imagePath(value: unknown): string | undefined {
  if (typeof value === 'object' && value !== null && 'src' in value) return text((value as { src: unknown }).src);
  return text(value);
}
