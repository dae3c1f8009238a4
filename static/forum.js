// Progressive enhancement only: every form here works without JavaScript.
// A form marked with `data-<name>` is sent with fetch and its page updated in place by
// `apply(form, button, data)` with the JSON answer; on any failure the form is sent as usual.
function inPlace(name, apply) {
  document.addEventListener("submit", async (event) => {
    const form = event.target;
    if (!form.matches(`form[data-${name}]`)) return;
    event.preventDefault();
    const button = form.querySelector("button");
    button.disabled = true;
    try {
      const response = await fetch(form.action, {
        method: "POST",
        body: new FormData(form),
        headers: { Accept: "application/json" },
        credentials: "same-origin",
      });
      if (!response.ok) { form.submit(); return; }
      apply(form, button, await response.json());
    } catch (error) {
      form.submit();
    } finally {
      button.disabled = false;
    }
  });
}

// Helpful votes update in place instead of reloading the page.
inPlace("vote", (form, button, data) => {
  form.querySelector("input[name=helpful]").value = data.helpful ? "0" : "1";
  button.setAttribute("aria-pressed", data.helpful ? "true" : "false");
  button.title = data.helpful ? "Press again to take back your vote" : "Mark this post as helpful";
  button.querySelector(".label").textContent = data.helpful ? "Helpful ✓" : "Helpful";
  const score = button.querySelector(".score");
  score.textContent = data.score;
  score.setAttribute("aria-label", `${data.score} found this helpful`);
});

// Drafts: the text of a story, reply or edit form (form[data-draft]) is saved in this
// browser as it is typed, restored when the form is opened again, and dropped once it is
// posted or on logging out. It is never sent anywhere.
const DRAFT_PREFIX = "debrief-draft:";
const DRAFT_PENDING = "debrief-draft-pending";

function draftFields(form) {
  return [...form.querySelectorAll("textarea, input[type=text], select")].filter((el) => el.name);
}

function draftStore() {
  try { return window.localStorage; } catch (error) { return null; }
}

function clearAllDrafts() {
  const store = draftStore();
  if (!store) return;
  for (const key of Object.keys(store)) {
    if (key.startsWith(DRAFT_PREFIX)) store.removeItem(key);
  }
}

function saveDraft(form) {
  const store = draftStore();
  if (!store) return;
  const key = DRAFT_PREFIX + form.dataset.draft;
  const values = {};
  let changed = false;
  for (const el of draftFields(form)) {
    values[el.name] = el.value;
    if (el.value !== draftDefault(el)) changed = true;
  }
  try {
    if (changed) store.setItem(key, JSON.stringify(values));
    else store.removeItem(key);
  } catch (error) { /* storage full or refused: the form still works */ }
}

function draftDefault(el) {
  if (el.tagName === "SELECT") {
    const chosen = [...el.options].find((option) => option.defaultSelected);
    return chosen ? chosen.value : (el.options[0] ? el.options[0].value : "");
  }
  return el.defaultValue;
}

function restoreDraft(form) {
  const store = draftStore();
  if (!store) return;
  const help = form.querySelector("[data-draft-help]");
  if (help) help.hidden = false;
  let values;
  try { values = JSON.parse(store.getItem(DRAFT_PREFIX + form.dataset.draft) || "null"); } catch (error) { values = null; }
  if (!values) return;
  const fields = draftFields(form);
  if (fields.every((el) => !(el.name in values) || values[el.name] === el.value)) return;
  for (const el of fields) {
    if (el.name in values) el.value = values[el.name];
  }
  const line = document.createElement("p");
  line.className = "draft-restored";
  line.setAttribute("role", "status");
  line.append("Restored your draft · ");
  const discard = document.createElement("button");
  discard.type = "button";
  discard.className = "link";
  discard.textContent = "Discard";
  discard.addEventListener("click", () => {
    for (const el of fields) el.value = draftDefault(el);
    store.removeItem(DRAFT_PREFIX + form.dataset.draft);
    line.remove();
    const first = fields.find((el) => el.tagName === "TEXTAREA") || fields[0];
    if (first) first.focus();
  });
  line.append(discard);
  form.prepend(line);
}

// A draft is dropped once its form was sent and the next page no longer shows that same form
// (same key and, where it has one, the same form_token): it was posted. A page that keeps
// the text for another try (the session-ended login, the expired-form and error pages) says
// so with data-keep-drafts.
function settlePendingDraft() {
  let pending;
  try { pending = JSON.parse(window.sessionStorage.getItem(DRAFT_PENDING) || "null"); } catch (error) { return; }
  if (!pending) return;
  window.sessionStorage.removeItem(DRAFT_PENDING);
  if (document.querySelector("[data-keep-drafts]")) return;
  const again = [...document.querySelectorAll("form[data-draft]")].some((form) => {
    if (form.dataset.draft !== pending.key) return false;
    const token = form.querySelector("input[name=form_token]");
    return !token || token.value === pending.token;
  });
  const store = draftStore();
  if (!again && store) store.removeItem(DRAFT_PREFIX + pending.key);
}

function setUpDrafts() {
  settlePendingDraft();
  // The session-ended login page carries the text itself: nothing stays in the browser
  // of a member who is no longer logged in.
  if (document.querySelector("[data-clear-drafts]")) clearAllDrafts();
  for (const form of document.querySelectorAll("form[data-draft]")) {
    restoreDraft(form);
    form.addEventListener("input", () => saveDraft(form));
    form.addEventListener("change", () => saveDraft(form));
  }
}

document.addEventListener("submit", (event) => {
  const form = event.target;
  if (form.matches("form[action$='/logout']")) {
    clearAllDrafts();
    return;
  }
  if (!form.matches("form[data-draft]")) return;
  const submitter = event.submitter;
  if (submitter && submitter.name === "preview") return;
  saveDraft(form);
  const token = form.querySelector("input[name=form_token]");
  try {
    window.sessionStorage.setItem(DRAFT_PENDING, JSON.stringify({
      key: form.dataset.draft,
      token: token ? token.value : null,
    }));
  } catch (error) { /* without it the draft stays until discarded */ }
});

// Preview in place: the form's Preview button fetches the same HTML the no-JavaScript
// round trip shows, and puts it above the fields. On any failure the form is sent as is.
document.addEventListener("click", async (event) => {
  const button = event.target.closest("button[data-preview-button]");
  if (!button) return;
  const form = button.form;
  const output = form && form.querySelector("[data-preview-output]");
  if (!output || !form.dataset.preview) return;
  event.preventDefault();
  const body = new FormData(form);
  if (form.dataset.previewThread) body.set("thread", form.dataset.previewThread);
  button.disabled = true;
  try {
    const response = await fetch(form.dataset.preview, {
      method: "POST",
      body,
      headers: { Accept: "text/html" },
      credentials: "same-origin",
    });
    if (!response.ok) throw new Error(String(response.status));
    output.innerHTML = await response.text();
    const section = output.querySelector("#preview");
    if (section) { section.focus({ preventScroll: true }); section.scrollIntoView({ block: "nearest" }); }
  } catch (error) {
    button.disabled = false;
    form.requestSubmit(button);
    return;
  } finally {
    button.disabled = false;
  }
});

// After logging in again with text from an ended session: go back to the form at once
// (the button is there for browsers without JavaScript). It posts nothing but brings the
// form back filled in.
function resumeHandoff() {
  const form = document.querySelector("form[data-handoff-auto]");
  if (form) form.submit();
}

setUpDrafts();
resumeHandoff();

// Destructive moderation actions (form[data-confirm]: reject, remove, suspend) ask once more
// in a native dialog. Without JavaScript, or without <dialog>, the form's step=confirm makes
// the server answer with a confirm page instead; after the dialog, the step is left out.
function moderationConfirmDialog() {
  const existing = document.getElementById("confirm-dialog");
  if (existing) return existing;
  const make = (tag, props) => Object.assign(document.createElement(tag), props);
  const dialog = make("dialog", { id: "confirm-dialog", className: "confirm-dialog" });
  dialog.setAttribute("aria-labelledby", "confirm-dialog-title");
  dialog.setAttribute("aria-describedby", "confirm-dialog-detail");
  const buttons = make("form", { method: "dialog", className: "actions" });
  buttons.append(
    make("button", { type: "submit", value: "confirm", className: "danger" }),
    make("button", { type: "submit", value: "cancel", textContent: "Cancel", autofocus: true }),
  );
  dialog.append(
    make("h2", { id: "confirm-dialog-title" }),
    make("p", { id: "confirm-dialog-detail" }),
    make("dl", { className: "confirm-fields" }),
    buttons,
  );
  document.body.append(dialog);
  return dialog;
}

document.addEventListener("submit", (event) => {
  const form = event.target;
  if (!form.matches("form[data-confirm]")) return;
  const step = form.querySelector("input[name=step]");
  if (!step || step.disabled || typeof HTMLDialogElement !== "function") return;
  event.preventDefault();
  const dialog = moderationConfirmDialog();
  dialog.querySelector("#confirm-dialog-title").textContent = form.dataset.confirm;
  dialog.querySelector("#confirm-dialog-detail").textContent = form.dataset.confirmDetail || "";
  const fields = dialog.querySelector(".confirm-fields");
  fields.replaceChildren();
  for (const field of form.querySelectorAll("textarea, input:not([type=hidden])")) {
    const label = field.id && form.querySelector(`label[for="${field.id}"]`);
    if (!label) continue;
    fields.append(
      Object.assign(document.createElement("dt"), { textContent: label.textContent }),
      Object.assign(document.createElement("dd"), { textContent: field.value }),
    );
  }
  dialog.querySelector("button[value=confirm]").textContent = form.dataset.confirmButton;
  dialog.returnValue = "";
  dialog.onclose = () => {
    if (dialog.returnValue !== "confirm") return;
    step.disabled = true; // asked: this submission is the action itself
    try {
      if (form.requestSubmit) form.requestSubmit(); else form.submit();
    } finally {
      step.disabled = false;
    }
  };
  dialog.showModal();
});

// "This helped me" (the story's author) updates in place: the button and the reply's mark.
inPlace("helped", (form, button, data) => {
  form.querySelector("input[name=helped]").value = data.helped ? "0" : "1";
  button.textContent = data.helped ? "Undo" : "This helped me";
  if (data.helped) {
    const hidden = document.createElement("span");
    hidden.className = "visually-hidden";
    hidden.textContent = " “This helped me”";
    button.append(hidden);
  }
  button.title = data.helped ? "Take back your mark" : "Mark this reply as one that helped you";
  const meta = form.closest("article").querySelector(".post-meta");
  let mark = meta.querySelector(".helped-mark");
  if (data.helped && !mark) {
    mark = document.createElement("span");
    mark.className = "badge helped-mark";
    mark.textContent = "The author found this helpful";
    meta.append(mark);
  } else if (!data.helped && mark) {
    mark.remove();
  }
});

// A link to something inside a closed <details> (a reply behind a thread's content note, "New
// since your last visit", the replies of a folded thread's other pages) opens it, on arrival
// and when the fragment changes, so the reader lands on what the link names. Some browsers
// do it themselves; without JavaScript the reader opens the note.
function revealFragment() {
  let id;
  try { id = decodeURIComponent(window.location.hash.slice(1)); } catch (error) { return; }
  const target = id && document.getElementById(id);
  if (!target) return;
  let opened = false;
  for (let details = target.closest("details"); details; details = details.parentElement?.closest("details")) {
    if (!details.open) { details.open = true; opened = true; }
  }
  if (opened) target.scrollIntoView();
}

revealFragment();
window.addEventListener("hashchange", revealFragment);
