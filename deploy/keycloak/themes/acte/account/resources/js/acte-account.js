// The account console's option menus (the kebab buttons drawn on narrow screens) are icons with no
// name; screen readers would announce "button" alone. Name each one as soon as the console draws it.
const name = "Plus d'options";
const nameButtons = () => document.querySelectorAll("button.pf-v5-c-menu-toggle.pf-m-plain:not([aria-label])")
  .forEach((button) => {
    if (!button.textContent.trim() && !button.getAttribute("aria-labelledby")) {
      button.setAttribute("aria-label", name);
    }
  });
new MutationObserver(nameButtons).observe(document.documentElement, { childList: true, subtree: true });
nameButtons();
