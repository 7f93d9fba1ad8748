import type { Catalogue } from '../../catalogue';
import type { rightsUi as reference } from '../en/rights-ui';

/** French: exactly the English keys (../en/rights-ui.ts), same {placeholders}. */
export const rightsUi: Catalogue<keyof typeof reference> = {
  'nav.rights': 'Demandes de droits',
  'rights.ui.title': 'Demandes d’exercice des droits',
  'rights.ui.intro':
    'Toutes les demandes d’une personne concernant ses données : accès, rectification, effacement, limitation, opposition, portabilité. Un effacement est dû sous 7 jours (politique de confidentialité) ; les autres demandes sous un mois (RGPD art. 12(3)). Tant qu’une demande est ouverte, la personne est protégée de l’effacement automatique.',
  'rights.ui.art30-link': 'Registre des activités de traitement (art. 30)',
  'rights.ui.new': 'Enregistrer une nouvelle demande',
  'rights.ui.type': 'Demande',
  'rights.ui.type-hint':
    'Une demande de suppression est un effacement ; une demande d’arrêt de la prospection est une opposition.',
  'rights.ui.choose': 'Choisir…',
  'rights.ui.find-person': 'Rechercher la personne',
  'rights.ui.find-person-hint':
    'Début d’un nom, d’un e-mail ou d’un numéro de téléphone ; les accents n’importent pas.',
  'rights.ui.person': 'Personne',
  'rights.ui.choose-person': 'Choisissez la personne, ou « Introuvable dans les fichiers ».',
  'rights.ui.kind.candidate': 'candidat',
  'rights.ui.kind.referee': 'référent',
  'rights.ui.kind.contact': 'contact client',
  'rights.ui.received-on': 'Reçue le',
  'rights.ui.channel': 'Reçue par',
  'rights.ui.language': 'Langue de la réponse',
  'rights.ui.language-hint': 'Les courriers et l’export d’accès sont rédigés dans cette langue.',
  'rights.ui.lang.fr': 'Français',
  'rights.ui.lang.en': 'Anglais',
  'rights.ui.lang.de': 'Allemand',
  'rights.ui.details': 'Ce que demande la personne',
  'rights.ui.details-hint':
    'Uniquement ce qui est nécessaire pour répondre. Ce texte est effacé avec la personne.',
  'rights.ui.register': 'Enregistrer la demande',
  'rights.ui.register-title': 'Registre des demandes',
  'rights.ui.none': 'Aucune demande enregistrée.',
  'rights.ui.status': 'Statut',
  'rights.ui.due-on': 'Échéance',
  'rights.ui.due-erasure':
    '(7 jours : la politique de confidentialité promet l’effacement sous une semaine)',
  'rights.ui.days-left': 'jours restants : {count}',
  'rights.ui.days-late': 'jours de retard : {count}',
  'rights.ui.person-gone': 'Personne effacée',
  'rights.ui.back': 'Retour aux demandes',
  'rights.ui.back-request': 'Retour à la demande',
  'rights.ui.request-title': 'Demande : {type} — {name}',
  'rights.ui.identity': 'Vérification d’identité',
  'rights.ui.identity-hint':
    'Seulement en cas de doute raisonnable sur l’identité du demandeur (art. 12(6)) ; ne conservez pas de copie de pièce d’identité.',
  'rights.ui.identity-method': 'Comment l’identité a été vérifiée',
  'rights.ui.identity-on': 'Vérifiée le',
  'rights.ui.identity-save': 'Enregistrer la vérification',
  'rights.ui.extension': 'Prolongation',
  'rights.ui.extension-text': 'jusqu’au {dueOn}, annoncée à la personne le {toldOn} : {reason}',
  'rights.ui.extend': 'Prolonger le délai',
  'rights.ui.extend-hint':
    'Une seule fois, pour une demande complexe ou des demandes nombreuses, jusqu’au {latest} au plus tard ; la personne doit en être informée, avec le motif, avant le {tellBy} (art. 12(3)).',
  'rights.ui.extend-due': 'Nouvelle échéance',
  'rights.ui.extend-reason': 'Motif (communiqué à la personne)',
  'rights.ui.extend-told': 'Personne informée le',
  'rights.ui.extend-save': 'Prolonger',
  'rights.ui.refuse': 'Refuser la demande',
  'rights.ui.refuse-ground': 'Motif',
  'rights.ui.refuse-note': 'Explication pour la personne',
  'rights.ui.refuse-note-hint': 'Reprise dans le courrier de réponse.',
  'rights.ui.keep-until': 'Conserver les données jusqu’au',
  'rights.ui.keep-until-hint':
    'Une suspension pour droits en justice bloque l’effacement automatique jusqu’à cette date.',
  'rights.ui.refuse-save': 'Refuser',
  'rights.ui.progress': 'Avancement',
  'rights.ui.next-step': 'Prochaine étape',
  'rights.ui.more-actions': 'Autres actions',
  'rights.ui.identity-not-checked':
    'L’identité n’a pas été vérifiée : en cas de doute raisonnable, demandez d’abord de quoi la confirmer (RGPD, art. 12(6)) ; voir « Autres actions ».',
  'rights.ui.set-status': 'Passer à « {status} »',
  'rights.ui.answer': 'Répondre à la demande',
  'rights.ui.outcome': 'Issue',
  'rights.ui.outcome-hint':
    'Conservée avec la demande, même après un effacement : n’y écrivez aucune donnée personnelle.',
  'rights.ui.answer-no-data': 'Répondre : aucune donnée détenue',
  'rights.ui.no-person-hint':
    'La personne est introuvable dans les fichiers : la réponse indique qu’aucune donnée n’est détenue.',
  'rights.ui.close-erased': 'Clore : la personne est déjà effacée',
  'rights.ui.person-gone-erasure': 'La personne ne figure plus dans les fichiers.',
  'rights.ui.person-gone-hint':
    'La personne ne figure plus dans les fichiers : refusez la demande avec un motif, ou répondez qu’aucune donnée n’est détenue.',
  'rights.ui.confirm-erase': 'Je comprends que cette action est irréversible.',
  'rights.ui.export': 'Copie des données (zip)',
  'rights.ui.export-hint':
    'Un zip pour la personne : une page imprimable dans sa langue, data.json, des fichiers CSV, ses documents et un manifeste d’empreintes SHA-256. Les noms d’autres personnes et les coordonnées des référents sont masqués. Relisez la page avant de l’envoyer.',
  'rights.ui.export-button': 'Produire la copie (zip)',
  'rights.ui.exported': 'Enregistrée sous {file}.',
  'rights.ui.answer-done': 'Marquer comme traitée',
  'rights.ui.erase': 'Effacer la personne maintenant',
  'rights.ui.erase-hint':
    'Efface la personne et tout ce qui la concerne. Les traces de transmission restent comme preuves sans donnée personnelle ; les destinataires ayant reçu les données sont listés pour être informés (art. 19). Si des droits en justice imposent de conserver les données, refusez plutôt la demande pour ce motif (art. 17(3)(e)).',
  'rights.ui.restrict': 'Limiter le traitement',
  'rights.ui.restrict-hint':
    'La personne est conservée mais verrouillée : lecture seule, jamais transmise, masquée dans les recherches par défaut, jusqu’à la levée de la limitation. Les destinataires ayant reçu les données sont listés pour être informés (art. 19).',
  'rights.ui.object-marketing': 'Enregistrer l’opposition à la prospection',
  'rights.ui.object-marketing-hint':
    'L’opposition à la prospection est absolue (art. 21(3)) : le contact ne recevra plus jamais de prospection.',
  'rights.ui.object-erase': 'Cesser le traitement et effacer',
  'rights.ui.object-erase-hint':
    'Le traitement cesse immédiatement et la personne est effacée. Si le cabinet a des motifs légitimes et impérieux ou des droits en justice à faire valoir, refusez plutôt la demande pour ce motif (art. 21(1)).',
  'rights.ui.rectify-hint':
    'Corrigez d’abord la fiche sur la page de la personne : la modification est tracée et les destinataires des données sont inscrits sur la liste de l’art. 19. Cochez ensuite ce qui a changé et clôturez la demande.',
  'rights.ui.changed-fields': 'Ce qui a été rectifié',
  'rights.ui.rectified': 'Clore : données rectifiées',
  'rights.ui.closed-on': 'Close le',
  'rights.ui.recipients': 'Destinataires à informer (art. 19)',
  'rights.ui.recipients-hint':
    'Ces organisations avaient reçu les données de la personne : chacune doit être informée de ce changement.',
  'rights.ui.recipients-none': 'Les données de la personne n’avaient été transmises à personne.',
  'rights.ui.letters': 'Courriers à la personne',
  'rights.ui.letter.acknowledgement': 'Accusé de réception',
  'rights.ui.letter.identity': 'Demande de justificatif d’identité',
  'rights.ui.letter.extension': 'Information de prolongation',
  'rights.ui.letter.answer': 'Réponse',
  'rights.ui.letter.restriction-lifted': 'Information de levée de la limitation',
  'rights.ui.letter-hint':
    'Rempli à partir de la demande, dans sa langue. Vérifiez l’adresse, puis imprimez-le ou copiez-le dans un e-mail.',
  'rights.ui.letter-to-name': 'Destinataire',
  'rights.ui.letter-to-address': 'Adresse',
  'rights.ui.letter-refused.request-still-open':
    'Le courrier de réponse est disponible une fois la demande close.',
  'rights.ui.letter-refused.no-extension': 'Cette demande n’a pas été prolongée.',
  'rights.ui.letter-refused.not-a-restriction': 'Seule une limitation accordée peut être levée.',
  'rights.ui.lift-on': 'Limitation levée le',
  'rights.ui.print': 'Imprimer',
  'rights.ui.dashboard': 'Demandes de droits',
  'rights.ui.dashboard-none': 'Aucune demande en retard ni à traiter cette semaine.',
  'rights.ui.dashboard-overdue': 'En retard ({count})',
  'rights.ui.dashboard-due-soon': 'À traiter cette semaine ({count})',
  'rights.ui.open-register': 'Ouvrir le registre des demandes',
  'rights.ui.person-panel': 'Droits de cette personne',
  'rights.ui.restricted-banner':
    'Limitée depuis le {date} (art. 18) : conservée, en lecture seule, non transmise, masquée par défaut dans les recherches.',
  'rights.ui.objected-banner': 'Opposition au traitement le {date} (art. 21) : ne pas traiter.',
  'rights.ui.lift': 'Lever la limitation',
  'rights.ui.lift-told': 'Personne informée le (art. 18(3))',
  'rights.ui.new-for-person': 'Enregistrer une demande de cette personne',
};
