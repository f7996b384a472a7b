import { useTranslation } from 'react-i18next';

/** The OCOP star rating as a badge: the proof consumers look for first. */
export function OcopBadge({ stars, size = 'small' }: { stars: number | null; size?: 'small' | 'large' }) {
  const { t } = useTranslation();
  if (!stars) return null;
  return (
    <span className={`ocop-badge ocop-badge-${size}`} title={t('stars.label', { count: stars })}>
      <span className="ocop-badge-word" aria-hidden="true">
        OCOP
      </span>
      <span className="ocop-badge-stars" aria-hidden="true">
        {'★'.repeat(stars)}
      </span>
      <span className="visually-hidden">{t('stars.label', { count: stars })}</span>
    </span>
  );
}
