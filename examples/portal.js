// The portal's side: frames the app (?app=<url>, default the `npm run preview` server),
// sizes the iframe from coopnet:resize, logs what the app says, and drives it with
// messages; the element is driven through its attributes.
const app = new URL(new URLSearchParams(location.search).get("app") || "http://localhost:4173/", location.href);
const frame = document.getElementById("frame");
const element = document.getElementById("element");

function log(list, text) {
  const item = document.createElement("li");
  item.textContent = text;
  document.getElementById(list).append(item);
}

const frameUrl = new URL(app);
frameUrl.search = new URLSearchParams({ embed: "1", lang: "zh", origins: location.origin }).toString();
frame.src = frameUrl.href;

window.addEventListener("message", (event) => {
  if (event.source !== frame.contentWindow || event.origin !== app.origin) return;
  const message = event.data;
  if (message?.type === "coopnet:resize") frame.height = String(message.height);
  log("frame-log", JSON.stringify(message));
});

for (const button of document.querySelectorAll("[data-send]")) {
  button.addEventListener("click", () => frame.contentWindow.postMessage(JSON.parse(button.dataset.send), app.origin));
}

for (const type of ["ready", "select", "error", "resize", "state"]) {
  element.addEventListener(`coopnet-${type}`, (event) => log("element-log", `coopnet-${type} ${JSON.stringify(event.detail)}`));
}
for (const button of document.querySelectorAll("[data-attr]")) {
  const [name, value] = button.dataset.attr.split("=");
  button.addEventListener("click", () => element.setAttribute(name, value));
}

const script = document.createElement("script");
script.src = new URL("embed.js", app).href;
document.head.append(script);
