import { describe, expect, it } from 'vitest';
import { feedbackLinkFor, feedbackLinkTemplate } from './feedback-link.ts';

const strings = { title: 'Search: "{query}"', body: 'I searched for "{query}"' };

describe('feedback link', () => {
  it('opens a new GitHub issue with the query in its title and body', () => {
    const link = feedbackLinkFor(feedbackLinkTemplate({ repository: 'https://github.com/acme/handbook', ...strings }), 'coat & bag?');
    const url = new URL(link);
    expect(url.pathname).toBe('/acme/handbook/issues/new');
    expect(url.searchParams.get('title')).toBe('Search: "coat & bag?"');
    expect(url.searchParams.get('body')).toBe('I searched for "coat & bag?"');
  });

  it("uses GitLab's new-issue form on GitLab", () => {
    const url = new URL(feedbackLinkFor(feedbackLinkTemplate({ repository: 'https://gitlab.com/acme/handbook', ...strings }), 'куртка'));
    expect(url.pathname).toBe('/acme/handbook/-/issues/new');
    expect(url.searchParams.get('issue[description]')).toBe('I searched for "куртка"');
  });

  it('writes an e-mail when the handbook names a feedback address', () => {
    const link = feedbackLinkFor(feedbackLinkTemplate({ repository: 'https://github.com/acme/handbook', email: 'handbook@example.com', ...strings }), 'lost');
    expect(link).toBe('mailto:handbook@example.com?subject=Search%3A%20%22lost%22&body=I%20searched%20for%20%22lost%22');
  });
});
