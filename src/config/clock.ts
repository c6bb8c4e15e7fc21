/**
 * The one place the app reads the clock. Domain code takes `now` as an argument; screens call
 * `clock.now()`; tests replace it (`clock.now = () => fixed`) to study at a chosen moment.
 */
export const clock = {
  now: (): Date => new Date(),
};
