import type { DataCategory } from '../../domain/common';
import { dataCategories } from '../../domain/common';
import type { Organisation } from '../../domain/organisation';
import type { I18n } from '../../components/i18n-context';

/** "Stahlwerk Saar GmbH (client)": who a recipient is, for the choosers. */
export function recipientLabel(t: I18n['t'], org: Organisation): string {
  switch (org.kind) {
    case 'client':
      return t('disclosure.recipient.client', { name: org.name });
    case 'partner':
      return t('disclosure.recipient.partner', { name: org.name });
    case 'recipient':
      return org.role === 'other' || org.role === null
        ? t('disclosure.recipient.other', { name: org.name })
        : t('disclosure.recipient.internal', { name: org.name });
    default:
      return org.name;
  }
}

/** Category names in the policy's order (P2). */
export const categoryNames = (t: I18n['t'], categories: readonly DataCategory[]): string =>
  dataCategories
    .filter((c) => categories.includes(c))
    .map((c) => t(`disclosure.category.${c}`))
    .join(', ');
