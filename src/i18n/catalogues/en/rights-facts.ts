/**
 * The Art. 15 / Art. 30 facts, worded after the privacy policy (January 2020): purposes,
 * categories, recipients, retention rules, sources, the rights and the supervisory authority.
 */
export const rightsFacts = {
  'facts.purpose.find-position': 'Helping you find the position that best fits your profile',
  'facts.purpose.job-offers':
    'Offering you job opportunities and keeping you informed of your applications',
  'facts.purpose.present-to-clients':
    'Presenting your profile to potential employers, only with your written or verbal consent and for a mission under a signed contract',
  'facts.purpose.job-seeking-advice': 'Giving you job-seeking advice',
  'facts.purpose.client-obligations': 'Fulfilling our obligations to our clients',
  'facts.purpose.career-development': 'Offering you career development opportunities and advice',
  'facts.purpose.client-insights':
    'Giving our clients insights about you based on our tools and methods',
  'facts.purpose.reference-check':
    'Checking the references of the candidate who named you as a referee',
  'facts.purpose.service-delivery': 'Delivering the services you engaged us for',
  'facts.purpose.work-reports': 'Sending you reports on the work we do on your behalf',
  'facts.purpose.marketing-news': 'Telling you about relevant products and services',
  'facts.purpose.work-trends': 'Sending you information about trends in the world of work',
  'facts.purpose.feedback': 'Gathering your feedback on our services',
  'facts.category.identity': 'Name',
  'facts.category.contact': 'Contact details (email, telephone, address)',
  'facts.category.qualifications': 'Qualifications and languages',
  'facts.category.references': 'Professional references',
  'facts.category.experience': 'Professional background',
  'facts.category.profile-links': 'Links to public professional profiles (LinkedIn, Xing…)',
  'facts.category.psychometrics': 'Results of psychometric tests',
  'facts.category.interviews': 'Information from our interviews',
  'facts.category.business-contact': 'Business contact details',
  'facts.category.job-title': 'Job title',
  'facts.category.organisation': 'The organisation you work for',
  'facts.recipients.clients-with-consent':
    'Client employers for a specific mission under a signed contract, only after your consent',
  'facts.recipients.partner-firms':
    'Partner recruitment firms, only within a specific joint mission',
  'facts.recipients.firm-partners': 'The partners of the firm',
  'facts.recipients.admin-staff':
    'Our administration and operations staff, including external telesecretaries',
  'facts.recipients.application-provider':
    'An application-management service provider located in France',
  'facts.recipients.candidates-invited':
    'Candidates you invite to an interview or make an offer to',
  'facts.recipients.service-providers':
    'Providers of research, evaluation, mailing, accounting and banking services',
  'facts.rule.general-application':
    '{months} months after a general application not aimed at a specific position',
  'facts.rule.position-application': '{months} months after an application for a specific position',
  'facts.rule.submitted': '{months} months after your application was submitted to a client',
  'facts.rule.hired': '{months} months after you were hired',
  'facts.rule.renewed-consent':
    '{months} months after you renewed your consent and reviewed your data with us',
  'facts.rule.rejected': '{months} months after an application was rejected',
  'facts.rule.client-archive':
    'If you were submitted or hired, a minimal record (name, mission, client, dates) then stays in our client archive for {months} months',
  'facts.rule.contact': '{months} months after our last contact',
  'facts.rule.with-candidate':
    'As long as we keep the record of the candidate you gave a reference for',
  'facts.source.email': 'Sent by you by email',
  'facts.source.website': 'Sent by you through our website',
  'facts.source.job-ad-reply': 'Your reply to a job advertisement',
  'facts.source.unsolicited': 'Your unsolicited application',
  'facts.source.phone-letter': 'Given by you by telephone or letter',
  'facts.source.social-media': 'Your public profile on a professional network (LinkedIn, Xing…)',
  'facts.source.direct-approach': 'Our direct approach to you',
  'facts.source.research-officer': 'Research by our internal or external research officers',
  'facts.source.referral': 'A recommendation by someone who knows you',
  'facts.source.provided-by-candidate': 'The candidate who named you as a referee',
  'facts.source.business-relationship': 'Our business relationship with your organisation',
  'facts.right.access': 'Access the data we hold about you and receive a copy (Art. 15)',
  'facts.right.rectification':
    'Have inaccurate data corrected and incomplete data completed (Art. 16)',
  'facts.right.erasure': 'Have your data erased; we do so within one week (Art. 17)',
  'facts.right.restriction': 'Have the processing of your data restricted (Art. 18)',
  'facts.right.objection':
    'Object to the processing of your data, and at any time to marketing (Art. 21)',
  'facts.right.portability':
    'Receive the data you gave us in a structured, machine-readable format (Art. 20)',
  'facts.right.withdraw-consent':
    'Withdraw your consent at any time, without affecting what was done before (Art. 7(3))',
  'facts.rights.how':
    'To exercise these rights, write to {email}. We answer within one month, and erase within one week.',
  'facts.complaint':
    'You may lodge a complaint with the French data protection authority: CNIL, 3 Place de Fontenoy, 75007 Paris, www.cnil.fr.',
  'facts.automated': 'We make no automated decision about you and do no profiling.',
} as const satisfies Record<string, string>;
