// Progressive enhancement only: every form here works without JavaScript.
// Helpful votes update in place instead of reloading the page.
document.addEventListener("submit", async (event) => {
  const form = event.target;
  if (!form.matches("form[data-vote]")) return;
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
    const data = await response.json();
    form.querySelector("input[name=helpful]").value = data.helpful ? "0" : "1";
    button.setAttribute("aria-pressed", data.helpful ? "true" : "false");
    button.title = data.helpful ? "Press again to take back your vote" : "Mark this post as helpful";
    button.querySelector(".label").textContent = data.helpful ? "Helpful ✓" : "Helpful";
    const score = button.querySelector(".score");
    score.textContent = data.score;
    score.setAttribute("aria-label", `${data.score} found this helpful`);
  } catch (error) {
    form.submit();
  } finally {
    button.disabled = false;
  }
});
