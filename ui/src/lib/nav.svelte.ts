// Where the owner is in the app. One route at a time; screens call `go`.

/** A place in the unlocked app. */
export type Route =
  | { screen: "today" }
  | { screen: "customers"; notice?: string }
  | { screen: "customer"; id: string }
  | { screen: "sale"; customerId?: string }
  | { screen: "catalog" }
  | { screen: "import" }
  | { screen: "activity" }
  | { screen: "settings" };

/** The current route (reactive). */
export const nav: { route: Route } = $state({ route: { screen: "today" } });

/** Moves to `route`. */
export function go(route: Route): void {
  nav.route = route;
}
