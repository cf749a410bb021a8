/** The text of the class's drawings and classes, in one language. */
export interface DrawingsMessages {
  readonly title: string;
  readonly about: (count: number, max: number) => string;
  readonly addAs: string;
  readonly addAsTitle: (name: string) => string;
  readonly newClass: string;
  readonly addClass: string;
  readonly addClassTitle: string;
  readonly removeClass: (name: string) => string;
  readonly remove: (n: number, name: string) => string;
  readonly drawingLabel: (n: number, name: string) => string;
  readonly otherSize: (height: number, width: number) => string;
  readonly badName: string;
}
