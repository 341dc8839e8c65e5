/**
 * Where "Tell the handbook owners what you searched for" goes: a new issue in
 * the handbook's repository with the query filled in, or an e-mail when the
 * handbook names a feedback address. `{query}` is replaced in the browser; the
 * handbook sends nothing itself, and staff can edit the text before sending.
 */
export function feedbackLinkTemplate(options: { repository: string; email?: string | undefined; title: string; body: string }): string {
  const { repository, email, title, body } = options;
  // Encoded here, then the placeholder is put back so the browser can drop the encoded query in.
  const encode = (text: string) => encodeURIComponent(text).replaceAll('%7Bquery%7D', '{query}');
  if (email) return `mailto:${email}?subject=${encode(title)}&body=${encode(body)}`;
  if (new URL(repository).hostname.includes('gitlab')) {
    return `${repository}/-/issues/new?issue[title]=${encode(title)}&issue[description]=${encode(body)}`;
  }
  return `${repository}/issues/new?title=${encode(title)}&body=${encode(body)}`;
}

/** The link for one query: the template with the query encoded in place of every `{query}`. */
export const feedbackLinkFor = (template: string, query: string) => template.replaceAll('{query}', encodeURIComponent(query));
