import type { Catalogue } from '../../catalogue';
import type { common as reference } from '../en/common';

/** French: exactly the English keys (../en/common.ts), same {placeholders}. */
export const common: Catalogue<keyof typeof reference> = {
  'app.name': 'Vivier',
  'app.loading': 'Chargement…',
  'app.upgrading':
    'Mise à jour de la base de données de ce poste pour la nouvelle version de Vivier. Cela n’arrive qu’une fois et peut prendre plusieurs minutes s’il y a beaucoup de fiches : gardez cet onglet ouvert.',
  'app.not-found': "Cette page n'existe pas.",
  'app.error': 'Un problème est survenu sur cet écran.',
  'app.error-detail': "Vos données n'ont pas été modifiées. Rechargez la page pour continuer.",
  'app.reload': 'Recharger',
  'nav.label': 'Principale',
  'nav.skip': 'Aller au contenu',
  'nav.home': 'Accueil',
  'nav.settings': 'Paramètres',
  'nav.audit': "Journal d'audit",
  'language.label': 'Langue',
  'role.partner': 'Associé',
  'role.recruiter': 'Consultant en recrutement',
  'role.research-officer': 'Chargé de recherche',
  'role.admin': 'Administration',
  'first-run.title': 'Bienvenue dans Vivier',
  'first-run.intro':
    "Vivier conserve les dossiers candidats et clients du cabinet sur cet ordinateur, fonctionne hors ligne et applique pour vous la politique de confidentialité. D'abord, dites-nous qui vous êtes : votre nom est enregistré comme auteur de chaque modification.",
  'first-run.form': 'Utilisateur de cet ordinateur',
  'first-run.name': 'Votre nom',
  'first-run.role': 'Votre fonction',
  'first-run.role-placeholder': 'Choisissez votre fonction',
  'first-run.persist-why':
    "Vivier demandera aussi au navigateur de conserver ses données durablement, afin qu'elles ne soient jamais effacées pour libérer de la place. Vos sauvegardes restent le filet de sécurité.",
  'first-run.start': 'Commencer',
  'home.title': 'Accueil',
  'home.welcome': 'Bonjour {name}. Voici ce qui demande votre attention.',
  'storage.title': 'Stockage sur cet ordinateur',
  'storage.why':
    'Tous les dossiers sont conservés dans ce navigateur. Le stockage persistant empêche le navigateur de les effacer lorsque le disque est plein.',
  'storage.granted':
    'Stockage persistant accordé : le navigateur ne supprimera pas les données de Vivier.',
  'storage.refused':
    "Le navigateur a refusé le stockage persistant : il pourrait effacer les données de Vivier si l'espace vient à manquer. Tenez vos sauvegardes à jour, ou installez Vivier comme application et redemandez.",
  'storage.unsupported':
    'Ce navigateur ne peut pas conserver les données durablement. Sauvegardez souvent.',
  'storage.ask-again': 'Redemander au navigateur',
  'storage.usage': '{used} utilisés sur {quota} disponibles.',
  'storage.meter': 'Stockage utilisé',
  'audit.title': "Journal d'audit",
  'audit.intro':
    "Chaque modification est enregistrée ici avec son auteur et sa date. Les entrées contiennent des numéros d'enregistrement et des actions, jamais de données personnelles, et chacune est chaînée à la précédente pour que toute altération se voie.",
  'audit.checking': "Vérification du journal d'audit…",
  'audit.intact.one': "Journal d'audit intact : {count} entrée, chaque maillon vérifié.",
  'audit.intact.other': "Journal d'audit intact : {count} entrées, chaque maillon vérifié.",
  'audit.broken': "Le journal d'audit est rompu à l'entrée {seq} : {reason}.",
  'audit.break.hash-mismatch': 'son contenu a été modifié après son écriture',
  'audit.break.prev-mismatch': "elle ne suit plus l'entrée précédente",
  'audit.break.seq-gap': 'une entrée antérieure manque',
  'audit.break.invalid-entry': "ce n'est pas une entrée valide",
  'audit.recent.one': 'Dernière entrée',
  'audit.recent.other': '{count} dernières entrées',
  'audit.col.at': 'Date',
  'audit.col.actor': 'Auteur',
  'audit.col.action': 'Action',
  'audit.col.record': 'Enregistrement',
  'audit.col.fields': 'Champs modifiés',
  'settings.title': 'Paramètres',
  'settings.language': 'Langue',
  'settings.user': 'Utilisateur de cet ordinateur',
  'settings.about': 'À propos',
  'settings.version': 'Vivier version {version}',
  'settings.no-network':
    "Vivier n'envoie rien sur le réseau : les dossiers ne quittent cet ordinateur que dans les fichiers que vous exportez volontairement.",
  'update.label': 'Mise à jour',
  'update.ready': 'Une nouvelle version de Vivier est prête.',
  'update.wait-for-form':
    "Enregistrez ou annulez d'abord le formulaire en cours : la mise à jour vous attend.",
  'update.apply': 'Mettre à jour',
  'update.later': 'Plus tard',
};
