import type { Field, PostSchema } from './model';

/**
 * The schema used when a site gives none: the keys blog posts across Astro, Hugo, Jekyll, Eleventy and
 * Next.js starters commonly share, so a plain folder of posts still gets useful checks and completion.
 */
const DATE_KEYS = ['date', 'pubDate', 'publishDate'];

const fields: Field[] = [
  { name: 'title', types: ['string'], description: 'The title of the post, shown on the page and in search results.', default: '' },
  { name: 'description', types: ['string'], description: 'A one or two sentence summary for search results and social cards.', default: '' },
  { name: 'date', types: ['date'], description: 'The publication date (Hugo, Jekyll, Eleventy, Next.js starters).' },
  { name: 'pubDate', types: ['date'], description: 'The publication date (Astro blog template).' },
  { name: 'publishDate', types: ['date'], description: 'The publication date (Hugo, Astro and CMS templates).' },
  { name: 'updatedDate', types: ['date'], description: 'When the post was last revised (Astro blog template).' },
  { name: 'lastmod', types: ['date'], description: 'When the post was last revised (Hugo).' },
  { name: 'draft', types: ['boolean'], description: 'A draft is left out of the production build.', default: true },
  { name: 'published', types: ['boolean'], description: 'Jekyll and Eleventy: `false` leaves the post out of the build.' },
  { name: 'tags', types: ['array'], items: { name: 'tag', types: ['string'] }, description: 'Tags of the post.', default: [] },
  { name: 'categories', types: ['array'], items: { name: 'category', types: ['string'] }, description: 'Categories of the post.' },
  { name: 'category', types: ['string'], description: 'The category of the post.' },
  { name: 'keywords', types: ['array'], items: { name: 'keyword', types: ['string'] }, description: 'Keywords for search engines.' },
  { name: 'image', types: ['string'], format: 'image', description: 'The hero or social image: a path under the public folder or relative to the post.' },
  { name: 'heroImage', types: ['string'], format: 'image', description: 'The hero image (Astro blog template).' },
  { name: 'cover', types: ['string', 'object'], format: 'image', description: 'The cover image.' },
  { name: 'imageAlt', types: ['string'], description: 'Alternative text of the image.' },
  { name: 'author', types: ['string', 'array'], description: 'Who wrote the post.' },
  { name: 'authors', types: ['array'], items: { name: 'author', types: ['string'] }, description: 'Who wrote the post.' },
  { name: 'readTime', types: ['number'], minimum: 0, description: 'Reading time in minutes.' },
  { name: 'readingTime', types: ['number'], minimum: 0, description: 'Reading time in minutes.' },
  { name: 'featured', types: ['boolean'], description: 'Whether the post is highlighted on the site.' },
  { name: 'slug', types: ['string'], description: 'Overrides the URL segment made from the file name.' },
  { name: 'permalink', types: ['string'], description: 'The full URL path of the post (Jekyll, Eleventy).' },
  { name: 'aliases', types: ['array'], items: { name: 'alias', types: ['string'] }, description: 'Old URLs that redirect to the post (Hugo).' },
  { name: 'layout', types: ['string'], description: 'The layout template the post is rendered with.' },
  { name: 'lang', types: ['string'], description: 'The language of the post, e.g. `en`.' },
  { name: 'canonicalURL', types: ['string'], format: 'url', description: 'The canonical address when the post was first published elsewhere.' },
  { name: 'summary', types: ['string'], description: 'A summary shown in lists of posts.' },
  { name: 'excerpt', types: ['string'], description: 'An excerpt shown in lists of posts.' },
  { name: 'series', types: ['string'], description: 'The series the post belongs to.' },
  { name: 'weight', types: ['integer'], description: 'Ordering weight in lists (Hugo).' },
];

export const BUILTIN_SCHEMA: PostSchema = {
  source: { kind: 'builtin', label: 'the built-in blog post schema' },
  fields: new Map(fields.map((field) => [field.name, field])),
  required: ['title'],
  requiredOneOf: [DATE_KEYS],
  allowUnknownKeys: false,
  dateKey: 'date',
  draftKey: 'draft',
};
