import type { DrawingsMessages } from './messages';

export const drawingsEn: DrawingsMessages = {
  title: "The class's drawings",
  about: (count, max) =>
    count === 0
      ? 'Draw a picture, then add it to the training set as one of the classes.'
      : `${count} of at most ${max} in the training set, beside the generated pictures.`,
  addAs: 'Add this picture as',
  addAsTitle: (name) => `Put the current picture in the training set as "${name}"`,
  newClass: 'New class name',
  addClass: '+ Class',
  addClassTitle:
    'A new class (up to five), e.g. "+": draw a few examples of it and add them; the votes grow a row for it',
  removeClass: (name) => `Remove class "${name}" and its drawings`,
  remove: (n, name) => `Remove drawing ${n} (${name})`,
  drawingLabel: (n, name) => `Drawing ${n}: ${name}`,
  otherSize: (h, w) => `${h}x${w}: another size, left out of training`,
  badName: 'A class name is 1 to 16 characters, without commas, and new.',
};
