import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, scrollsSideways } from './support';

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test('a message to a contact, drafted with their name in it, is copied to the clipboard', async ({
  page,
  context,
}) => {
  test.slow(); // several axe scans on a shared machine
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/#/networking');
  await expect(page.getByRole('heading', { level: 1, name: 'Networking' })).toBeVisible();

  // From the Log a call dialog, before the call: the profile is asked once, in the draft.
  await page.getByRole('button', { name: 'Log a call' }).first().click();
  const call = page.getByRole('dialog', { name: 'Log a call' });
  await call.getByLabel('Name').fill('Jane Lee');
  await call.getByRole('button', { name: 'Draft a message' }).click();
  const draft = page.getByRole('dialog', { name: 'Draft a message' });
  await expect(draft.getByLabel('Message text')).toHaveValue(/^Hi Jane,/);
  await expectNoAxeViolations(page);
  await draft.getByLabel('Specialty').fill('internal medicine');
  await draft.getByLabel('Where you work').fill('St Mary’s Hospital');
  await draft.getByLabel(/^Area you are aiming at/).fill('oncology');
  await draft.getByRole('button', { name: 'Save to your profile' }).click();
  await expect(draft.getByLabel('Message text')).toHaveValue(
    /I’m an internal medicine physician at St Mary’s Hospital\. Over the next year I’m exploring roles in industry, with a focus on oncology/,
  );
  await draft.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(draft.getByRole('status').filter({ hasText: 'Copied.' })).toBeVisible();
  expect(await clipboard(page)).toMatch(/^Hi Jane,\n\nI’m an internal medicine physician/);
  await draft.getByRole('button', { name: 'Done' }).click();
  await expect(draft).toBeHidden();

  // The call itself: what to ask and what not to.
  await call.getByText('Call checklist: what to ask, and what not to').click();
  await expect(
    call.getByText('“Can you get me a job?” or “Are you hiring?”', { exact: false }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await call.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(call).toBeHidden();

  // From the contact, after the call: the thank-you with the ask, edited, then copied.
  const row = page
    .getByRole('list', { name: 'Contacts' })
    .getByRole('listitem')
    .filter({ hasText: 'Jane Lee' });
  await row.getByRole('button', { name: 'Draft a message' }).click();
  await draft.getByRole('radio', { name: /Thank-you, with the ask/ }).check();
  const text = draft.getByLabel('Message text');
  await expect(text).toHaveValue(/would you mind if I mentioned your name when I apply\?/);
  await text.press('ControlOrMeta+End');
  await text.pressSequentially('\nSam');
  await draft.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(draft.getByRole('status').filter({ hasText: 'Copied.' })).toBeVisible();
  const copied = await clipboard(page);
  expect(copied).toMatch(/^Hi Jane,\n\nThank you for talking with me\./);
  expect(copied).toMatch(/\nSam$/);
  expect(copied).not.toMatch(/undefined|null/);
});

test('a LinkedIn headline built from the profile is copied, and the playbook reads well on a phone', async ({
  page,
  context,
}) => {
  test.slow();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: 'Playbook' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Playbook' })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Playbook sections' })
    .getByRole('link', { name: 'Headline and CV' })
    .click();
  await page.getByLabel(/^Specialty/).fill('cardiology');
  await page.getByLabel(/^Where you work/).fill('City Hospital');
  await page.getByLabel(/^Area you are aiming at/).fill('heart failure');
  await page.getByLabel('Board certification').selectOption({ label: 'Board-certified' });
  await page.getByRole('checkbox', { name: 'Clinical trials' }).check();
  await page.getByRole('checkbox', { name: 'Quality improvement (QI)' }).check();
  // By keyboard: the focus stays on the button while it saves (a disabled button would drop it).
  await page.getByRole('button', { name: 'Save profile' }).focus();
  await page.keyboard.press('Enter');
  await expect(
    page.locator('[data-toast]').filter({ hasText: 'Saved your profile' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save profile' })).toBeFocused();
  const headline =
    'Board-certified cardiology physician | Clinical trials and QI | Exploring industry roles in heart failure';
  await expect(page.getByLabel('Your headline')).toHaveValue(headline);
  await page.getByRole('button', { name: 'Copy headline' }).click();
  await expect(page.getByText('Headline copied. Paste it where you need it.')).toBeVisible();
  expect(await clipboard(page)).toBe(headline);
  await expectNoAxeViolations(page);

  // Kept after a reload; the headline follows the landing zones chosen.
  await page.goto('/#/playbook');
  await page.getByRole('button', { name: 'Aim here: Pharma — Medical Affairs' }).click();
  await expect(
    page.getByRole('button', { name: 'Aim here: Pharma — Medical Affairs' }),
  ).toHaveAttribute('aria-pressed', 'true');
  await page.goto('/#/playbook/profile');
  await expect(page.getByLabel('Your headline')).toHaveValue(
    'Board-certified cardiology physician | Clinical trials and QI | Exploring medical affairs in heart failure',
  );

  await page.setViewportSize({ width: 360, height: 740 });
  for (const section of ['#/playbook', '#/playbook/profile', '#/playbook/calls']) {
    await page.goto(`/${section}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Playbook' })).toBeVisible();
    expect(await scrollsSideways(page)).toBe(false);
  }
  await expectNoAxeViolations(page);
});

test('landing zones are compared with the user’s own pay and Diagnose items; a target is used by Networking and Opportunities', async ({
  page,
}) => {
  test.slow();
  await page.goto('/#/diagnose');
  for (const title of ['Endless 24-hour call', 'Feeling unappreciated']) {
    await page.getByRole('button', { name: title }).click();
    await expect(page.getByRole('button', { name: title, exact: true }).first()).toBeVisible();
  }
  await page.goto('/#/exit');
  await page.getByLabel('Current annual pay').fill('300,000');
  await page.getByRole('button', { name: 'Save contract' }).click();
  await expect(page.locator('[data-toast]').first()).toBeVisible();

  await page.goto('/#/playbook');
  await expect(page.getByText('Your pay now: $300,000 a year')).toBeVisible();
  const table = page.getByRole('table', { name: 'Landing zones at a glance' });
  const payer = table.getByRole('row', { name: /Payer/ });
  await expect(payer).toContainText('About 17% below your pay now');
  await expect(payer).toContainText('1 of 2');
  const payerCard = page.getByRole('article', { name: 'Payer / insurance' });
  await expect(payerCard).toContainText('Likely to fix: Endless 24-hour call');
  await expect(payerCard).toContainText('Could get worse: Feeling unappreciated');
  await expect(page.getByRole('article', { name: 'Pharma — Medical Affairs' })).toContainText(
    'About 13% below your pay now',
  );
  await expectNoAxeViolations(page);
  // On a 1024 px laptop the table fits: no sideways scroll that cuts off its last column.
  await page.setViewportSize({ width: 1024, height: 768 });
  const wrap = page.getByRole('region', { name: 'Landing zones at a glance' });
  expect(await wrap.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 800 });

  await payerCard.getByRole('button', { name: 'Aim here: Payer / insurance' }).click();
  await expect(payerCard.getByText('Your target')).toBeVisible();

  await page.goto('/#/networking');
  await expect(
    page
      .getByRole('list', { name: 'Contacts by role type' })
      .getByText('Payer / insurance · your target'),
  ).toBeVisible();
  await page.goto('/#/opportunities');
  await page.getByRole('button', { name: 'Add opportunity' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add opportunity' });
  await expect(dialog.getByLabel('Role type')).toHaveValue('payer');
  await dialog.getByLabel('Role type').selectOption({ label: 'Medtech / Devices' });
  await expect(dialog.getByText(/Outside the landing zones you aim at \(Payer\)/)).toBeVisible();
});

test('each landmine is flagged where it applies, gently', async ({ page }) => {
  test.slow();
  // "Remote" with office days, and a big title at a tiny company: on the opportunity.
  await page.goto('/#/opportunities');
  await page.getByRole('button', { name: 'Add opportunity' }).click();
  let dialog = page.getByRole('dialog', { name: 'Add opportunity' });
  await dialog.getByLabel('Company', { exact: true }).fill('Tiny Health');
  await dialog.getByLabel('Title', { exact: true }).fill('Chief Medical Officer');
  await dialog.getByLabel('Company size (people)').fill('12');
  await dialog.getByLabel('Remote policy').selectOption({ label: 'Remote' });
  await dialog.getByLabel('Office days a month').fill('4');
  const worth = dialog.getByRole('heading', { name: 'Worth asking about' }).locator('..');
  await expect(worth).toContainText('Chief Medical Officer title at a company of 12 people');
  await expect(worth).toContainText('Listed as remote, yet it asks for 4 office days a month');
  // Jumping at the first company that courts you: the only one past the first interviews.
  await dialog.getByLabel('Stage').selectOption({ label: 'Final round' });
  await expect(worth).toContainText('The only company past the first interviews so far');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: 'Final round', exact: true })).toContainText(
    'Remote, with office days',
  );

  // The loans the user owed, listed when they first filled in their debts: not a new commitment.
  await page.goto('/#/exit');
  await page.getByRole('button', { name: 'Add debt' }).click();
  dialog = page.getByRole('dialog', { name: 'Add debt' });
  await dialog.getByLabel('Name').fill('Student loan');
  await dialog.getByLabel('Monthly minimum').fill('900');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: 'A new commitment before the move' })).toHaveCount(
    0,
  );

  // Three weeks on: notice given before any offer, the runway short of 12 months, a new car loan.
  await page.clock.setFixedTime(Date.now() + 21 * 86_400_000);
  await page.reload();
  await page.getByLabel('Notice given on').fill(
    await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    }),
  );
  await page.getByRole('button', { name: 'Save dates' }).click();
  const notes = page.getByRole('region', { name: 'Worth a second look' });
  // Each save can add a note above the forms and push them down: wait for it before the next
  // click, as a user would see the page move (a click aimed before the move lands elsewhere).
  await expect(notes.getByRole('heading', { name: 'Notice given before an offer' })).toBeVisible();
  await page.getByLabel('Cash set aside').fill('30,000');
  await page.getByLabel(/^Housing/).fill('4,000');
  await page.getByLabel(/^Housing/).press('Tab');
  await expect(page.getByText(/months? of runway$/)).toBeVisible();
  await page.getByRole('checkbox', { name: 'I might leave before an offer is signed' }).check();
  await page.getByRole('button', { name: 'Save runway' }).click();
  await page.getByRole('button', { name: 'Add debt' }).click();
  dialog = page.getByRole('dialog', { name: 'Add debt' });
  await dialog.getByLabel('Name').fill('Car loan');
  await dialog.getByLabel('Monthly minimum').fill('450');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(
    notes.getByRole('heading', { name: 'Leaving without 12 months banked' }),
  ).toBeVisible();
  await expect(notes).toContainText(/You have about [\d.]+ months./);
  await expect(
    notes.getByRole('heading', { name: 'A new commitment before the move' }),
  ).toBeVisible();
  await expect(notes).toContainText('You added “Car loan” since your plan began.');
  await expectNoAxeViolations(page);

  // The Overview gathers them, the first suitor included.
  await page.goto('/');
  const overview = page.getByRole('region', { name: 'Worth a second look' });
  await expect(
    overview.getByRole('heading', { name: 'The first company to get this far' }),
  ).toBeVisible();
  await expect(overview).toContainText('Tiny Health is the only one past the first interviews.');
  await expect(
    overview.getByRole('heading', { name: 'Notice given before an offer' }),
  ).toBeVisible();

  // After the move: the industry role started, a check-in for the first months, which can be hidden.
  await page.goto('/#/timeline');
  await page.getByRole('button', { name: 'Start the industry role', exact: true }).click();
  dialog = page.getByRole('dialog', { name: 'Edit milestone' });
  await dialog.getByLabel('Status').selectOption('Done');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toBeHidden();
  await page.goto('/');
  const checkIn = page.getByRole('region', { name: 'Worth a second look' });
  await expect(
    checkIn.getByRole('heading', { name: 'Your first months in industry: a check-in' }),
  ).toBeVisible();
  await expect(checkIn.getByRole('link', { name: '1-888-409-0141' })).toBeVisible();
  await expectNoAxeViolations(page);
  await checkIn.getByRole('button', { name: /^Hide this/ }).click();
  await expect(page.getByRole('region', { name: 'Worth a second look' })).toBeHidden();
});

test('the How to of a milestone opens in its dialog, with the hand-over checklist kept', async ({
  page,
}) => {
  await page.goto('/#/timeline');
  await page.getByRole('button', { name: 'Hand over your patients well', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit milestone' });
  await dialog.getByText('How to', { exact: true }).click();
  const licence = dialog.getByRole('checkbox', {
    name: 'Medical licence kept active, with its renewal date in your calendar',
  });
  await licence.check();
  await expect(dialog.getByText('Never burn a bridge: 1 of 10 done')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.reload();
  await page.getByRole('button', { name: 'Hand over your patients well', exact: true }).click();
  await dialog.getByText('How to', { exact: true }).click();
  await expect(licence).toBeChecked();
  await dialog.getByRole('link', { name: 'Open the Exit plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Exit plan' })).toBeVisible();
});
