/**
 * `fake.client()`: a client of the main entry (`akua-sdk`, never a copy bundled
 * into `akua-sdk/testing`, so its errors pass `instanceof` and the `isAkua*`
 * guards of the caller's `akua-sdk`, and `akuaMeta` reads its responses) wired to
 * a fake: its url, token and clock. Internal to the fake server.
 */
import { createAkuaClient, type AkuaClient, type AkuaClientOptions, type Clock } from "akua-sdk";

/**
 * Options of `fake.client()`: those of `createAkuaClient`, each winning over the
 * fake's, except `clock`, which is always the fake's.
 */
export type FakeClientOptions = Omit<AkuaClientOptions, "clock">;

/** What a client is wired to. */
export interface FakeEndpoint {
  readonly url: string;
  readonly token: string;
  readonly clock: Clock;
}

/**
 * A client wired to `fake`; `options` given (not undefined) win over the url and
 * token. A `clock` other than the fake's (reaching here despite the type) throws.
 * @throws TypeError for a `clock` other than the fake's, and whatever `createAkuaClient` throws
 */
export function fakeClient(fake: FakeEndpoint, options: FakeClientOptions = {}): AkuaClient {
  const clock = (options as { clock?: unknown }).clock;
  if (clock !== undefined && clock !== fake.clock) {
    throw new TypeError(
      "fake.client(): the client must run on the fake's clock; leave `clock` out (it is the fake's already)",
    );
  }
  const given = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
  return createAkuaClient({ baseUrl: fake.url, token: fake.token, ...given, clock: fake.clock });
}
