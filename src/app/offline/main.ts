// The offline copy's entry (built by scripts/offlineTemplate.ts into dist/offline.html):
// the page is kept as it came (for copies of the copy), the view it carries goes into the
// address, then the app starts as usual, on the graph written into the page
// (embeddedData.ts stands in for data/embedded.ts, pageTemplate.ts for data/offlineTemplate.ts).
import "./pageTemplate";
import "./carryView";
import "../main";
