// Target size: every visible interactive element on the page, measured.

/** Interactive elements smaller than 64×64 CSS px, with their names and sizes. */
export async function smallTargets(page, within = 'body') {
  return page.evaluate((root) => {
    const selector = 'button, a[href], input, select, textarea, [role=button], [tabindex]:not([tabindex="-1"])';
    return [...document.querySelector(root).querySelectorAll(selector)]
      .filter((element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden')
      .map((element) => {
        const box = element.getBoundingClientRect();
        return { name: element.getAttribute('aria-label') || element.textContent.trim(), width: box.width, height: box.height };
      })
      .filter((target) => target.width < 64 || target.height < 64);
  }, within);
}
