import type { LanguageCode } from '../domain/common';
import { fold } from '../domain/fold';

/**
 * Name pools for synthetic people of a Franco-German firm: common names (so prefix searches hit
 * many people, as in a real pool), accents, umlauts, ß, hyphenated first names, particles
 * (de, du, d', von, von der, zu, van der) and double-barrelled or apostrophe surnames.
 */
const split = (s: string): readonly string[] => s.split('|');

export const firstNames: Record<LanguageCode, readonly string[]> = {
  fr: split(
    'Jean|Pierre|Michel|Philippe|Alain|Nicolas|François|Stéphane|Jérôme|Frédéric|Sébastien|' +
      'Thierry|Éric|Benoît|Hervé|Rémi|Loïc|Gaël|Noël|Jean-Luc|Jean-Marc|Jean-François|' +
      'Pierre-Yves|Marc-Antoine|Raphaël|Mathéo|Clément|Théo|Hugo|Antoine|Guillaume|Olivier|' +
      'Anne|Marie|Nathalie|Isabelle|Sylvie|Catherine|Hélène|Agnès|Céline|Chloé|Élodie|Émilie|' +
      'Mélanie|Léa|Zoé|Maëlle|Anaïs|Françoise|Geneviève|Bénédicte|Marie-Hélène|Anne-Sophie|' +
      'Marie-Claire|Béatrice|Inès|Camille|Pauline|Laure|Solène|Aurélie|Maïwenn|Clémence',
  ),
  de: split(
    'Hans|Klaus|Jürgen|Jörg|Günter|Dieter|Uwe|Björn|Sören|Jens|Lukas|Maximilian|Felix|' +
      'Tobias|Matthias|Stefan|Andreas|Wolfgang|Karl-Heinz|Hans-Peter|Franz|Horst|Rüdiger|' +
      'Florian|Sebastian|Moritz|Jan|Niklas|Timo|Ursula|Sabine|Petra|Monika|Käthe|Jutta|' +
      'Birgit|Anja|Katrin|Julia|Lena|Leonie|Hannah|Sophie|Mia|Annegret|Gisela|Hildegard|' +
      'Bärbel|Brigitte|Dörte|Anne-Kathrin|Friederike|Ilse|Jana|Svenja|Franziska|Maren',
  ),
  en: split(
    'James|John|Robert|Michael|William|David|Richard|Thomas|Christopher|Daniel|Matthew|' +
      'Andrew|Oliver|Harry|George|Jack|Seán|Liam|Mary|Patricia|Jennifer|Elizabeth|Sarah|' +
      'Emma|Olivia|Charlotte|Amelia|Sophie|Chloë|Zoë|Siobhán|Niamh|Aoife|Rebecca|Hannah',
  ),
};

export const lastNames: Record<LanguageCode, readonly string[]> = {
  fr: split(
    'Martin|Bernard|Dubois|Thomas|Robert|Richard|Petit|Durand|Leroy|Moreau|Simon|Laurent|' +
      'Lefèvre|Michel|Garcia|David|Bertrand|Roux|Vincent|Fournier|Morel|Girard|André|' +
      'Lefebvre|Mercier|Dupont|Lambert|Bonnet|François|Martinez|Legrand|Garnier|Faure|' +
      'Rousseau|Blanc|Guérin|Muller|Henry|Roussel|Nicolas|Perrin|Morin|Mathieu|Clément|' +
      'Gauthier|Dumont|Lopez|Fontaine|Chevalier|Robin|Masson|Gérard|Nguyen|Boyer|Denis|' +
      'Lemaire|Duval|Joly|Roger|Roche|Noël|Meyer|Lucas|Meunier|Pérez|Marchand|Dufour|' +
      'Blanchard|Barbier|Brun|Dumas|Brunet|Schmitt|Leroux|Colin|Renard|Arnaud|Caron|Aubert|' +
      'Giraud|Leclerc|Vidal|Bourgeois|Renaud|Lemoine|Picard|Gaillard|Lacroix|Fabre|Dupuis|' +
      'Hubert|Rivière|Le Gall|Le Goff|Lebrun|Bénard|Béranger|Lévêque|Côté|Prévost|Thébault|' +
      'Séguin|Da Silva|Lefèvre-Utile|Bouvier-Désiré',
  ),
  de: split(
    'Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Schäfer|' +
      'Koch|Bauer|Richter|Klein|Wolf|Schröder|Neumann|Schwarz|Zimmermann|Braun|Krüger|' +
      'Hofmann|Hartmann|Lange|Werner|Schmitz|Krause|Meier|Lehmann|Schulze|Maier|Köhler|' +
      'Herrmann|König|Walter|Huber|Kaiser|Fuchs|Peters|Lang|Scholz|Möller|Weiß|Jung|Hahn|' +
      'Schubert|Vogel|Friedrich|Keller|Günther|Frank|Berger|Winkler|Roth|Beck|Lorenz|' +
      'Baumann|Franke|Albrecht|Schuster|Ludwig|Böhm|Winter|Kraus|Schumacher|Krämer|Vogt|' +
      'Stein|Jäger|Otto|Sommer|Groß|Seidel|Heinrich|Brandt|Haas|Schreiber|Graf|Dietrich|' +
      'Ziegler|Kühn|Pohl|Engel|Horn|Busch|Bergmann|Voigt|Sauer|Pfeiffer|Strauß|Löwe|' +
      'Nußbaum|Oßwald|Müller-Lüdenscheidt|Schulze-Bölling',
  ),
  en: split(
    'Smith|Jones|Williams|Taylor|Brown|Davies|Evans|Wilson|Johnson|Roberts|Robinson|' +
      'Thompson|Wright|Walker|White|Edwards|Hughes|Green|Hall|Lewis|Harris|Clarke|Patel|' +
      'Jackson|Wood|Turner|Cooper|Hill|Ward|Morris|Moore|Clark|King|Baker|Harrison|Morgan|' +
      'Allen|Scott|Phillips|Watson|Parker|Price|Bennett|Young|Griffiths|Mitchell|Kelly|' +
      "Cook|Carter|Bailey|Collins|Murphy|Khan|Singh|O'Brien|O'Connor|McDonald|Fitzgerald|" +
      'Smith-Jones|Bowes-Lyon',
  ),
};

/** Surnames with a particle, rarer but the hardest case for sorting and search. */
export const particleNames: Record<LanguageCode, readonly string[]> = {
  fr: split(
    "de La Fontaine|de Villiers|du Pont|d'Aubigny|de Saint-Exupéry|de La Rochefoucauld|" +
      "des Cars|de Lattre|d'Estaing|de Castelnau|du Bellay|de L'Estoile",
  ),
  de: split(
    'von Weizsäcker|von der Leyen|von Arnim|zu Guttenberg|von Bülow|von Trotha|' +
      'van der Berg|van den Broek|van Dijk|de Vries|von Thurn und Taxis|von Löwenstein',
  ),
  en: split('van der Meer|de Burgh|St. John|le Carré|Van Dyke|De Souza'),
};

export const emailProviders: Record<LanguageCode, readonly string[]> = {
  fr: split('gmail.com|orange.fr|free.fr|sfr.fr|laposte.net|outlook.fr|yahoo.fr|wanadoo.fr'),
  de: split('gmx.de|web.de|t-online.de|gmail.com|outlook.de|posteo.de|freenet.de'),
  en: split('gmail.com|outlook.com|btinternet.com|yahoo.co.uk|icloud.com|hotmail.co.uk'),
};

export const cities: Record<LanguageCode, readonly string[]> = {
  fr: split('Paris|Lyon|Strasbourg|Lille|Nantes|Bordeaux|Toulouse|Metz|Mulhouse|Grenoble'),
  de: split('Frankfurt am Main|München|Düsseldorf|Stuttgart|Köln|Hamburg|Saarbrücken|Freiburg'),
  en: split('London|Manchester|Edinburgh|Bristol|Dublin'),
};

export const streets: Record<LanguageCode, readonly string[]> = {
  fr: split('rue de la Paix|avenue Jean-Jaurès|boulevard Haussmann|rue du Général-Leclerc'),
  de: split('Hauptstraße|Goethestraße|Schillerplatz|Königsallee|Bahnhofstraße'),
  en: split('High Street|Church Road|Victoria Road|Mill Lane'),
};

export const positions = split(
  'Directeur financier|Directrice des ressources humaines|Directeur général|' +
    "Directeur d'usine|Responsable des achats|Directrice juridique|Directeur commercial France|" +
    'Directrice marketing|Directeur des systèmes d’information|Responsable supply chain|' +
    'Geschäftsführer|Leiter Controlling|Vertriebsleiter DACH|Leiterin Personal|Werksleiter|' +
    'Head of Sales DACH|Chief Technology Officer|Country Manager France|Chief Financial Officer|' +
    'Head of Procurement|General Counsel|Plant Manager|VP Engineering|Head of Treasury',
);

export const companyStems: Record<LanguageCode, readonly string[]> = {
  fr: split(
    'Lévêque Industrie|Alsace Chimie|Lorraine Composites|Provence Cosmétiques|' +
      'Atlantique Aéro|Bourgogne Vins|Vosges Papier|Dauphiné Outillage|Breizh Agro|' +
      'Normandie Packaging|Loire Électronique|Champagne Verre|Rhône Ingénierie',
  ),
  de: split(
    'Stahlwerk Saar|Rheinische Logistik|Schwarzwald Präzision|Bayerische Antriebe|' +
      'Hanse Shipping|Nordwind Energie|Ruhr Stahlbau|Mosel Pharma|Elbe Medizintechnik|' +
      'Pfalz Automotive|Main Finanz|Allgäu Milch|Weser Robotik',
  ),
  en: split('Thames Engineering|Pennine Logistics|Clyde Instruments|Mersey Chemicals|Severn Foods'),
};
export const companyForms: Record<LanguageCode, readonly string[]> = {
  fr: split('SA|SAS|SARL|Groupe'),
  de: split('GmbH|AG|GmbH & Co. KG|SE'),
  en: split('Ltd|plc|Holdings Ltd'),
};

export const schools = split(
  'HEC Paris|ESSEC|École polytechnique|Sciences Po|INSEAD|ESCP|EM Lyon|Université Paris-Dauphine|' +
    'Centrale Supélec|Universität Mannheim|TU München|WHU – Otto Beisheim School of Management|' +
    'Universität zu Köln|RWTH Aachen|KIT Karlsruhe|London School of Economics|' +
    'University of Manchester|Trinity College Dublin',
);
export const degrees = split(
  'Master en finance|Diplôme d’ingénieur|MBA|Master of Science in Management|' +
    'Diplom-Kaufmann|Master of Laws|Bachelor of Engineering|Master Droit des affaires|' +
    'Diplom-Ingenieur|Doctorat en chimie',
);
export const nativeLanguage: Record<LanguageCode, string> = {
  fr: 'français',
  de: 'allemand',
  en: 'anglais',
};
export const spokenLanguages = split('français|allemand|anglais|italien|espagnol|néerlandais');

/** Other documents a candidate sends, by the candidate's language. */
export const otherDocuments: Record<LanguageCode, readonly string[]> = {
  fr: split('Lettre_de_motivation|Diplome|Attestation_employeur|Lettre_de_recommandation'),
  de: split('Anschreiben|Arbeitszeugnis|Diplomzeugnis|Referenzschreiben'),
  en: split('Cover_letter|Degree_certificate|Reference_letter|Portfolio'),
};

export const relationships = split(
  'ancien supérieur hiérarchique|ehemaliger Vorgesetzter|former line manager|' +
    'collègue|Kollegin|client|mentor',
);

export const noteTexts = split(
  'Entretien de 45 minutes ; parcours solide en contrôle de gestion, mobilité vers Lyon possible.|' +
    'Gespräch in Frankfurt: starke Führungserfahrung, Wechselmotivation nachvollziehbar.|' +
    'Call with the candidate: notice period three months, open to relocation.|' +
    'Second entretien avec le client prévu ; prétentions salariales dans la fourchette.|' +
    'Referenzen angefragt, Kandidat zeigt großes Interesse an der Position.',
);

const asciiCache = new Map<string, string>();
/** A name folded to plain a–z0–9 for e-mail addresses and URLs; names repeat, so cached. */
export function ascii(name: string): string {
  let out = asciiCache.get(name);
  if (out === undefined) {
    out = fold(name).replace(/[^a-z0-9]+/g, '');
    asciiCache.set(name, out);
  }
  return out;
}

/** A company name in that language's style, for experience and referees. */
export const companyName = (pick: <T>(xs: readonly T[]) => T, lang: LanguageCode): string =>
  `${pick(companyStems[lang])} ${pick(companyForms[lang])}`;
