/** Escapes text for HTML content and attribute values (both quote kinds). */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A plain, printable style: readable on screen, clean on A4, tables never cut mid-row. */
export const printableStyle = `
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;max-width:60rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin:0 0 .5rem}h2{font-size:1.3rem;border-bottom:2px solid #333;margin-top:2rem}h3{font-size:1.05rem;margin:1.2rem 0 .4rem}
table{border-collapse:collapse;width:100%;margin:.3rem 0 1rem}th,td{border:1px solid #bbb;padding:.3rem .45rem;text-align:left;vertical-align:top}
th{background:#eee}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}dd{margin:0}
code{font-size:.8em;word-break:break-all}.key{font-weight:600}.note{color:#444;font-style:italic}
.banner{border:2px solid #a40000;padding:.4rem .6rem;font-weight:600}
@media print{body{margin:0;max-width:none;font-size:11pt}a{color:inherit}tr,dl,.banner{break-inside:avoid}h2,h3{break-after:avoid}}
`;
