/** The first-run screen's two other ways in: records left at an old address, and the demo firm. */
export const arrival = {
  'move.title': 'Used Vivier at another address before?',
  'move.why':
    'The browser keeps Vivier’s records for one address only: {address} starts empty. Records entered at another address (an old server name, or http:// instead of https://) are still on this laptop, but only there.',
  'move.how': 'To bring them here:',
  'move.step-backup':
    'open the old address in this browser and make a backup ({backup}, then “{start}”);',
  'move.step-restore': 'come back to this address and choose “{restore}” below.',
  'demo.try.title': 'Try Vivier first',
  'demo.try.text':
    'Explore a demo firm with a few hundred invented candidates, clients, missions, consents, disclosures, rights requests and people whose data expires this week. It lives in a database of its own, never mixed with real records and never backed up.',
  'demo.try.start': 'Explore with sample data',
  'demo.try.busy': 'Preparing the demo firm…',
  'demo.try.failed': 'The demo firm could not be prepared: {error}',
  'demo.banner.label': 'Demo firm',
  'demo.banner.text':
    'Demo firm: every person here is invented. Nothing you do here touches real records or is backed up.',
  'demo.leave': 'Leave the demo',
  'demo.leaving': 'Deleting the demo firm…',
  'demo.no-backup':
    'The demo firm is never backed up or restored: its people are invented. Leave the demo (button at the top) to set Vivier up for real, then back up.',
};
