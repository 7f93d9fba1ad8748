import type { Catalogue } from '../../catalogue';
import type { disclosure as reference } from '../en/disclosure';

/** French: exactly the English keys (../en/disclosure.ts), same {placeholders}. */
export const disclosure: Catalogue<keyof typeof reference> = {
  'reason.recipient-not-on-mission':
    'Ce destinataire ne fait pas partie de la mission : seul son client, ou le cabinet partenaire d’une mission conjointe, peut recevoir le candidat.',
  'reason.recipient-not-on-mission.todo':
    'Choisissez le client de la mission, ou enregistrez le cabinet partenaire sur la mission s’il s’agit d’une mission conjointe.',
  'reason.no-signed-contract':
    'La mission n’a pas de contrat de prestation signé : la politique ne permet la transmission qu’à un client qui en a signé un.',
  'reason.no-signed-contract.todo':
    'Une fois le contrat signé, enregistrez sa date de signature sur la mission.',
  'reason.no-consent':
    'Le candidat n’a pas consenti à être présenté à ce destinataire pour cette mission.',
  'reason.no-consent.todo':
    'Demandez-lui, puis enregistrez son consentement écrit ou oral pour cette mission et ce destinataire.',
  'reason.consent-withdrawn':
    'Le candidat a retiré son consentement pour cette mission et ce destinataire.',
  'reason.consent-withdrawn.todo':
    'N’envoyez rien. Seul un nouveau consentement du candidat le permettrait à nouveau.',
  'reason.category-not-covered':
    'Le consentement ne couvre pas toutes les données que vous voulez envoyer : {categories}.',
  'reason.category-not-covered.todo':
    'Envoyez moins de catégories ou de documents, ou enregistrez un nouveau consentement qui les couvre.',
  'reason.reuse-without-fresh-consent':
    'Le candidat figurait déjà dans le vivier avant cette mission : sa réutilisation exige un nouveau consentement et une mise à jour de ses données avec lui.',
  'reason.reuse-without-fresh-consent.todo':
    'Revoyez ses données avec le candidat, puis enregistrez un nouveau consentement pour cette mission avec la date de cette mise à jour.',
  'reason.notice-not-given':
    'Les données ne viennent pas du candidat et il n’a pas encore reçu l’information sur la protection des données (art. 14).',
  'reason.notice-not-given.todo':
    'Envoyez-lui la notice d’information et enregistrez quand et comment elle a été remise.',
  'reason.restricted.todo': 'Rien ne peut être envoyé tant que la limitation n’est pas levée.',
  'reason.objected': 'Le candidat s’est opposé au traitement de ses données.',
  'reason.objected.todo':
    'Rien ne peut être envoyé. Traitez l’opposition dans le guichet des droits.',
  'reason.blocked':
    'Le candidat a été refusé et ses données sont bloquées : selon les règles allemandes, elles ne sont gardées que pour répondre à une éventuelle réclamation (AGG § 15(4)).',
  'reason.blocked.todo':
    'Rien ne peut être envoyé. Une nouvelle candidature ou un consentement renouvelé avec revue des données lève le blocage.',
  'reason.past-retention':
    'La durée de conservation du candidat est écoulée : ses données doivent être supprimées, pas transmises.',
  'reason.past-retention.todo':
    'N’envoyez rien. Seul un nouveau consentement avec mise à jour des données ouvrirait une nouvelle période.',
  'reason.outside-eea-no-safeguard':
    'Le destinataire est hors de l’UE/EEE et aucune garantie de transfert n’est enregistrée.',
  'reason.outside-eea-no-safeguard.todo':
    'Enregistrez la garantie (décision d’adéquation ou clauses contractuelles types) sur le destinataire, ou n’envoyez rien.',
  'reason.consent-already-withdrawn': 'Ce consentement a déjà été retiré.',
  'reason.application-closed':
    'Cette candidature est close (embauché, refusé ou désisté) : rien n’est transmis à partir d’elle.',
  'reason.changed-meanwhile':
    'La fiche du candidat a changé pendant la préparation du dossier. Réessayez.',
  'reason.task-already-done': 'Ce destinataire a déjà été marqué comme informé.',

  'disclosure.category.identity': 'Nom',
  'disclosure.category.contact': 'Coordonnées',
  'disclosure.category.qualifications': 'Qualifications',
  'disclosure.category.references': 'Références',
  'disclosure.category.experience': 'Parcours professionnel',
  'disclosure.category.profile-links': 'Liens vers les profils publics',
  'disclosure.category.psychometrics': 'Résultats des tests psychométriques',
  'disclosure.category.interviews': 'Informations d’entretien',

  'consent.title': 'Consentements',
  'consent.new': 'Enregistrer un consentement',
  'consent.change': 'Enregistrer une modification',
  'consent.mission': 'Mission',
  'consent.recipient': 'Destinataire',
  'consent.form': 'Forme',
  'consent.form.written': 'Écrit',
  'consent.form.verbal': 'Oral',
  'consent.givenOn': 'Donné le',
  'consent.script': 'Script ou formulation utilisés',
  'consent.script.help': 'Pour un consentement oral, notez les mots employés pour le demander.',
  'consent.evidenceNote': 'Preuve',
  'consent.evidenceFile': 'Fichier de preuve (par ex. l’e-mail du candidat)',
  'consent.categories': 'Données que le candidat accepte de transmettre',
  'consent.dataReviewedOn': 'Données revues avec le candidat le',
  'consent.dataReviewedOn.help':
    'Obligatoire pour réutiliser un candidat présent dans le vivier avant cette mission (politique : réutilisation après mise à jour des données avec la personne).',
  'consent.recordedBy': 'Enregistré par {name} le {date}',
  'consent.supersedes': 'Remplace le consentement du {date}',
  'consent.state': 'Statut',
  'consent.state.active': 'Actif',
  'consent.state.superseded': 'Remplacé',
  'consent.state.withdrawn': 'Retiré le {date}',
  'consent.state.future': 'Daté dans le futur',
  'consent.withdraw': 'Retirer le consentement',
  'consent.withdrawAll': 'Retirer tous les consentements',
  'consent.withdrawnOn': 'Retiré le',
  'consent.withdrawalNote': 'Comment le candidat nous l’a dit',
  'consent.withdrawalDetail': 'Précisions (facultatif)',
  'consent.withdraw.save': 'Enregistrer le retrait',
  'consent.state.withdrawnHow': 'Retiré le {date} ({channel})',
  'consent.withdraw.confirm':
    'Le candidat retire ce consentement. Plus rien ne sera transmis sur cette base.',
  'consent.save': 'Enregistrer',
  'consent.none': 'Aucun consentement enregistré.',

  'disclosure.submit.title': 'Transmettre à un destinataire',
  'disclosure.recipient': 'Destinataire',
  'disclosure.categories': 'Données à transmettre',
  'disclosure.attachments': 'Documents à transmettre',
  'disclosure.implied': 'Ces documents transmettent aussi : {categories}.',
  'disclosure.submit': 'Vérifier et créer le dossier',
  'disclosure.refused': 'La transmission est impossible :',
  'disclosure.done': 'Dossier créé et transmission enregistrée.',
  'disclosure.download': 'Télécharger le dossier',

  'dossier.title': 'Profil du candidat',
  'dossier.confidential':
    'Confidentiel. Transmis à {recipient} pour la mission « {position} », avec le consentement du candidat, le {date}. À utiliser uniquement pour cette mission et à ne pas diffuser.',
  'dossier.confidentialInternal':
    'Confidentiel. Transmis à {recipient} le {date} pour les besoins internes du cabinet. À ne pas diffuser.',
  'dossier.contains': 'Ce document contient uniquement : {categories}.',
  'dossier.name': 'Nom',
  'dossier.emails': 'E-mail',
  'dossier.phones': 'Téléphone',
  'dossier.addresses': 'Adresse',
  'dossier.languages': 'Langues',
  'dossier.present': 'aujourd’hui',
  'dossier.takenOn': 'Passé le {date}',
  'dossier.administeredBy': 'Administré par {name}',
  'dossier.interviewOn': 'Entretien du {date}, {author}',
  'dossier.files': 'Documents joints',
  'dossier.none': 'Rien d’enregistré.',

  'register.title': 'Registre des transmissions',
  'register.date': 'Date',
  'register.candidate': 'Candidat',
  'register.recipient': 'Destinataire',
  'register.mission': 'Mission',
  'register.consent': 'Consentement',
  'register.categories': 'Catégories',
  'register.files': 'Fichiers (SHA-256)',
  'register.by': 'Par',
  'register.from': 'Du',
  'register.to': 'Au',
  'register.export': 'Exporter en CSV',
  'register.erased': 'Candidat effacé ({pseudonym})',
  'register.none': 'Aucune transmission.',
  'register.internal': 'Interne',

  'art19.title': 'Destinataires à informer (art. 19)',
  'art19.task':
    'Informer {recipient} de la {change} des données transmises le {date} : {candidate}.',
  'art19.change.rectification': 'rectification',
  'art19.change.erasure': 'suppression',
  'art19.change.restriction': 'limitation',
  'art19.fields': 'Ce qui a changé : {fields}',
  'art19.erasedCandidate': 'candidat effacé, présenté pour « {position} »',
  'art19.markNotified': 'Marquer comme informé',
  'art19.notifiedOn': 'Informé le',
  'art19.notifiedHow': 'Comment (e-mail, courrier, téléphone…)',
  'art19.none': 'Aucun destinataire à informer.',
  'nav.disclosures': 'Consentements et transmissions',
  'disclosure.application': 'Candidature',
  'disclosure.generalApplication': 'Candidature spontanée (sans mission)',
  'disclosure.noApplication':
    'Le candidat n’a aucune candidature ouverte à partir de laquelle transmettre.',
  'disclosure.noAttachments': 'Aucun document pour ce candidat.',
  'disclosure.choose': 'Choisir…',
  'disclosure.recipient.client': '{name} (client)',
  'disclosure.recipient.partner': '{name} (cabinet partenaire)',
  'disclosure.recipient.internal': '{name} (interne)',
  'disclosure.recipient.other': '{name} (autre destinataire)',
  'disclosure.sent': 'Transmissions effectuées',
  'disclosure.error.not-found': 'Cet enregistrement n’existe plus.',
  'consent.saved': 'Consentement enregistré.',
  'consent.withdrawn': 'Consentement retiré.',
  'consent.missionOf': '{position}',
  'consent.noMission':
    'Enregistrez d’abord une candidature à une mission : un consentement porte sur une mission.',
  'consent.categoriesFor': 'Couvre : {categories}',
  'register.intro':
    'Chaque transmission de données d’un candidat : à qui, quand, sur quel consentement. Les candidats effacés apparaissent sous leur pseudonyme.',
  'register.filter': 'Filtrer',
  'register.allRecipients': 'Tous les destinataires',
  'register.count.one': '{count} transmission',
  'register.count.other': '{count} transmissions',
  'art19.done': 'Marqué comme informé.',
};
