import type { ComponentType } from 'react';
import type { PersonType } from '../domain/common';
import type { MessageKey } from '../i18n/messages';
import type { Done } from './action-bar';

/** What a feature's panel on a person's page receives. */
export type PersonPanelProps = { personType: PersonType; personId: string };
export type PersonPanel = ComponentType<PersonPanelProps>;

/** The tabs of the candidate workspace, in order. */
export const workspaceTabs = ['profile', 'applications', 'documents', 'rights', 'history'] as const;
export type WorkspaceTab = (typeof workspaceTabs)[number];

/** A panel another feature contributes to the candidate workspace, and the tab it goes in. */
export type TabbedPanel = { tab: WorkspaceTab; Panel: PersonPanel };

/** A main action another feature contributes: a button in the summary header opening its form. */
export type PersonAction = {
  id: string;
  label: MessageKey;
  Form: ComponentType<{ personId: string; personName: string; done: Done }>;
};
