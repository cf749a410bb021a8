/** The text of the training card's review: confusion matrix, wrong pictures, gallery. */
export interface ReviewMessages {
  readonly confusion: string;
  readonly confusionAbout: (right: number, total: number) => string;
  readonly isClass: string;
  readonly guessed: string;
  readonly wrong: (n: number) => string;
  readonly noneWrong: string;
  readonly open: (label: string, guess: string, share: string) => string;
  readonly gallery: (count: number) => string;
  readonly page: (page: number, pages: number) => string;
  readonly previous: string;
  readonly next: string;
  readonly picture: (n: number, label: string) => string;
}
