import type { FakeContext } from "./context";
import { FakeOfficeError } from "./base";

/**
 * A proxy object: property sets and method calls queue until `context.sync()`; a property is readable
 * only after `load()` and a sync (else PropertyNotLoaded); `isNullObject` after any sync.
 * https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#load
 * https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties
 */
export class Proxy {
  protected loaded = false;
  protected pendingLoad = false;
  /** A sync has run since this proxy was made: `isNullObject` can be read (no load needed, as in Excel). */
  protected synced = false;
  constructor(readonly ctx: FakeContext) {
    ctx.created.push(this);
  }
  markSynced(): void {
    this.synced = true;
  }
  protected needSync(): void {
    if (!this.synced)
      throw new FakeOfficeError("PropertyNotLoaded", "isNullObject is known only after context.sync().");
  }
  /** The properties asked for, e.g. ["values"], to size the response. */
  loadedProps: string[] = [];
  load(props?: unknown): this {
    this.loadedProps = typeof props === "string" ? [props] : Array.isArray(props) ? (props as string[]) : [];
    this.pendingLoad = true;
    this.ctx.loads.push(this);
    return this;
  }
  resolve(): void {
    this.loaded = true;
    this.pendingLoad = false;
  }
  /** What the loaded properties weigh as JSON, as Excel sends them. */
  responseBytes(): number {
    return 64;
  }
  protected need(): void {
    if (!this.loaded)
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        "The property has not been loaded: call load() and context.sync() first.",
      );
  }
}
