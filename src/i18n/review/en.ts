import type { ReviewMessages } from './messages';

export const reviewEn: ReviewMessages = {
  confusion: 'Test set: what it calls each class',
  confusionAbout: (right, total) => `${right} of ${total} right`,
  isClass: 'is',
  guessed: 'called',
  wrong: (n) => `Test pictures it still gets wrong (${n}); click one to open it`,
  noneWrong: 'It gets every test picture right.',
  open: (label, guess, share) => `Open this ${label}, which it calls ${guess} (${share})`,
  gallery: (count) => `The training set: ${count} pictures`,
  page: (page, pages) => `page ${page} of ${pages}`,
  previous: '‹ Previous',
  next: 'Next ›',
  picture: (n, label) => `Training picture ${n}: ${label}`,
};
