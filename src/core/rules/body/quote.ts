/** A piece of the post for a message, shortened in the middle when it is long. */
export function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return `“${flat.length > 48 ? `${flat.slice(0, 32)}…${flat.slice(-12)}` : flat}”`;
}
