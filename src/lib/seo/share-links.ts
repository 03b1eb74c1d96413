/**
 * Plain share links: each network's own "compose" address with the page filled in. They are
 * ordinary links, so they work without JavaScript and load nothing from the networks until the
 * reader follows one. The networks' labels are their own names; only "E-mail" is a word (en.json).
 */
import { DEFAULT_LOCALE, type Locale } from '../i18n/config.ts';
import { useTranslations } from '../i18n/translate.ts';

export interface ShareTarget {
  /** Stable key, also used as the link's data attribute for styling and tests. */
  id: 'email' | 'whatsapp' | 'bluesky' | 'x' | 'facebook' | 'linkedin' | 'reddit';
  label: string;
  href: string;
}

export function shareLinks(page: { url: string; title: string }, locale: Locale = DEFAULT_LOCALE): ShareTarget[] {
  const url = encodeURIComponent(page.url);
  const title = encodeURIComponent(page.title);
  const titleAndUrl = encodeURIComponent(`${page.title} ${page.url}`);
  return [
    {
      id: 'email',
      label: useTranslations(locale)('share.email'),
      href: `mailto:?subject=${title}&body=${titleAndUrl}`,
    },
    { id: 'whatsapp', label: 'WhatsApp', href: `https://wa.me/?text=${titleAndUrl}` },
    { id: 'bluesky', label: 'Bluesky', href: `https://bsky.app/intent/compose?text=${titleAndUrl}` },
    { id: 'x', label: 'X', href: `https://x.com/intent/tweet?text=${title}&url=${url}` },
    { id: 'facebook', label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${url}` },
    { id: 'linkedin', label: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${url}` },
    { id: 'reddit', label: 'Reddit', href: `https://www.reddit.com/submit?url=${url}&title=${title}` },
  ];
}
