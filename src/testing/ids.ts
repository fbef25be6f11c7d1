/**
 * Resource ids with the real API's prefixes (`clu_`, `sec_`, `secv_`, `wbs_`,
 * `op_`, `reg_`, `req_`, and those the derived engine reads from the spec's
 * examples: `mch_`, `inst_`, `cfcon_`, ...), deterministic from the fake's seed. Every id has a
 * 16-character body from a lower-case Crockford alphabet, which keeps the
 * longest one (`secv_`, 21 characters) far inside the spec's maxLength
 * (54 for most ids, 55 for `secv_`, 53 for `op_`). The first 7 characters
 * are a seeded permutation of a counter, so ids never repeat (no set of
 * issued ids to keep); the other 9 are random. Internal to the fake server.
 */
import { createPrng, hashSeed, type Prng } from "./prng.js";

/** The id kinds the fake issues, by prefix. */
export type IdPrefix = "clu" | "sec" | "secv" | "wbs" | "op" | "reg" | "req" | "wbt";

const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
const BODY_LENGTH = 16;
/** 7 base-32 characters hold the 32 bits of the unique part. */
const UNIQUE_LENGTH = 7;

/** Issues unique ids. Request ids come from their own stream, so resource ids depend only on the writes. */
export class IdGenerator {
  private resources: Prng;
  private requests: Prng;
  private resourceCount = 0;
  private requestCount = 0;
  private readonly mask: number;

  /** A generator whose ids derive from `seed`. */
  constructor(private readonly seed: number) {
    this.resources = createPrng(hashSeed(seed, "ids"));
    this.requests = createPrng(hashSeed(seed, "requests"));
    this.mask = hashSeed(seed, "mask");
  }

  /** A new resource id such as `clu_3k9x...`; never repeats within this generator's life (2^32 ids). */
  next(prefix: Exclude<IdPrefix, "req"> | (string & {})): string {
    return `${prefix}_${this.body(this.resourceCount++, this.resources)}`;
  }

  /** A new request id (`req_...`) for the `x-request-id` header. */
  request(): string {
    return `req_${this.body(this.requestCount++, this.requests)}`;
  }

  /** Forgets everything and starts over from the seed. */
  reset(): void {
    this.resources = createPrng(hashSeed(this.seed, "ids"));
    this.requests = createPrng(hashSeed(this.seed, "requests"));
    this.resourceCount = 0;
    this.requestCount = 0;
  }

  /** 7 characters of a bijection of `count` (odd multiplier, then xor), then random ones. */
  private body(count: number, random: Prng): string {
    let unique = (Math.imul(count, 0x9e3779b1) ^ this.mask) >>> 0;
    let out = "";
    for (let i = 0; i < UNIQUE_LENGTH; i++) {
      out += ALPHABET[unique & 31];
      unique >>>= 5;
    }
    while (out.length < BODY_LENGTH) {
      let bits = Math.floor(random() * 2 ** 30);
      for (let i = 0; i < 6 && out.length < BODY_LENGTH; i++) {
        out += ALPHABET[bits & 31];
        bits >>>= 5;
      }
    }
    return out;
  }
}
