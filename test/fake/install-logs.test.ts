/**
 * The install log stream (`GET /installs/{id}/logs`, text/event-stream) over
 * real HTTP: deterministic lines from the lifecycle and the install's pods,
 * `follow=false`, `tail`, `since_seconds`, `pod` / `container`, following the
 * lifecycle on the fake's clock until healthy or failed, errors before the
 * stream as the JSON envelope, `fake.close()` with a stream open, the
 * `drop-mid-stream` fault, and the SDK's `installLogs` reading it (including
 * the resume after a drop).
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AkuaApiError } from "../../src/index.js";
import { installLogs, type InstallLogLine } from "../../src/logs.js";
import { createTestClock, startFakeAkua, type FakeAkua, type TestClock } from "../../src/testing/index.js";
import { call, createInstall, firstError, freshFakePerTest, logContents } from "./helpers.js";

let fake: FakeAkua;
let clock: TestClock;
freshFakePerTest((env) => ({ fake, clock } = env));
/** The clock's time when the test started (the clock is the file's: it does not start over). */
let base: number;
beforeEach(() => {
  base = clock.now();
});

const WEB = "web-7c9f8d6b5-x2k4p";
const WORKER = "worker-5d8b7c6f4-q9m1n";
const iso = (ms: number) => new Date(base + ms).toISOString();

interface Event {
  event: string;
  data: string;
}

/** Opens the stream with fetch; `next()` reads one event (undefined at the end of the body). */
async function open(target: FakeAkua, id: string, query = "") {
  const res = await fetch(`${target.url}/installs/${id}/logs${query}`, {
    headers: { authorization: `Bearer ${target.token}`, accept: "text/event-stream" },
  });
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  return {
    res,
    async next(): Promise<Event | undefined> {
      for (;;) {
        const cut = buffer.indexOf("\n\n");
        if (cut >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1] ?? "message";
          const data = /^data: (.*)$/m.exec(block)?.[1] ?? "";
          return { event, data };
        }
        const chunk = await reader.read();
        if (chunk.done) return undefined;
        buffer += decoder.decode(chunk.value, { stream: true });
      }
    },
    cancel: () => reader.cancel(),
  };
}

/** Every event of a stream that ends. */
async function readAll(id: string, query = ""): Promise<Event[]> {
  const stream = await open(fake, id, query);
  expect(stream.res.status).toBe(200);
  expect(stream.res.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
  const out: Event[] = [];
  for (let e = await stream.next(); e; e = await stream.next()) out.push(e);
  return out;
}

const lines = (events: Event[]) => events.filter((e) => e.event === "message").map((e) => JSON.parse(e.data));
/** A line as `<s after the test's start> <pod kind>/<container> <content>`. */
const short = (l: InstallLogLine) =>
  `${(Date.parse(l.timestamp) - base) / 1000}s ${l.podName.split("-")[0]}/${l.containerName} ${l.content}`;

/** Creates an install (of a seeded package's version 1.4.0, in a seeded region). */
const newInstall = (target = fake, key = "create-1") => createInstall(target, { key });

describe("the install log stream", () => {
  it("follow=false: the lifecycle's lines so far, one per container of the pods, then end", async () => {
    const { id } = await newInstall();
    await clock.advance(5000);
    const events = await readAll(id, "?follow=false");
    expect(events.at(-1)).toEqual({ event: "end", data: "{}" });
    expect(events.filter((e) => e.event === "end")).toHaveLength(1);
    const got = lines(events);
    expect(got).toHaveLength(12);
    expect(got[0]).toEqual({
      content: `[web] install ${id} accepted: version 1.4.0`,
      podName: WEB,
      containerName: "web",
      timestamp: iso(0),
      last: false,
    });
    expect(got.map(short)).toEqual([
      `0s web/web [web] install ${id} accepted: version 1.4.0`,
      `0s web/metrics-sidecar [metrics-sidecar] install ${id} accepted: version 1.4.0`,
      `0s worker/worker [worker] install ${id} accepted: version 1.4.0`,
      expect.stringMatching(/^1s web\/web \[web\] rendering version 1\.4\.0 \(render rnd_\w+\)$/),
      expect.stringMatching(/^1s web\/metrics-sidecar /),
      expect.stringMatching(/^1s worker\/worker /),
      "3s web/web [web] syncing version 1.4.0: starting",
      "3s web/metrics-sidecar [metrics-sidecar] syncing version 1.4.0: starting",
      "3s worker/worker [worker] syncing version 1.4.0: starting",
      "5s web/web [web] ready: serving version 1.4.0",
      "5s web/metrics-sidecar [metrics-sidecar] ready: serving version 1.4.0",
      "5s worker/worker [worker] ready: serving version 1.4.0",
    ]);
    expect(got.map((l) => l.last)).toEqual([...Array(9).fill(false), true, true, true]);
    // The same lifecycle, the same stream.
    expect(await readAll(id, "?follow=false")).toEqual(events);
    // A settled install with follow (the default): the same lines, then end at once.
    expect(await readAll(id)).toEqual(events);
  });

  it("tail, since_seconds, pod and container narrow the lines", async () => {
    const { id } = await newInstall();
    await clock.advance(5000);
    const pick = async (query: string) => lines(await readAll(id, `?follow=false&${query}`)).map(short);
    expect(await pick("tail=4")).toEqual([
      "3s worker/worker [worker] syncing version 1.4.0: starting",
      "5s web/web [web] ready: serving version 1.4.0",
      "5s web/metrics-sidecar [metrics-sidecar] ready: serving version 1.4.0",
      "5s worker/worker [worker] ready: serving version 1.4.0",
    ]);
    expect(await pick("tail=0")).toEqual([]);
    expect(await pick("tail=100")).toHaveLength(12);
    // now = 5 s: lines newer than 5 s - 3 s = 2 s.
    expect((await pick("since_seconds=3")).map((l) => l.slice(0, 2))).toEqual([
      ...Array(3).fill("3s"),
      ...Array(3).fill("5s"),
    ]);
    expect(await pick("since_seconds=0")).toHaveLength(12);
    expect(await pick(`pod=${WORKER}`)).toEqual([
      `0s worker/worker [worker] install ${id} accepted: version 1.4.0`,
      expect.stringMatching(/^1s worker\/worker \[worker\] rendering/),
      "3s worker/worker [worker] syncing version 1.4.0: starting",
      "5s worker/worker [worker] ready: serving version 1.4.0",
    ]);
    const sidecar = await pick("container=metrics-sidecar");
    expect(sidecar).toHaveLength(4);
    expect(sidecar.every((l) => l.includes(" web/metrics-sidecar "))).toBe(true);
    expect(await pick(`pod=${WEB}&container=web&tail=1`)).toEqual(["5s web/web [web] ready: serving version 1.4.0"]);
    expect(await pick(`pod=${WORKER}&container=web`)).toEqual([]);
    expect(await pick("pod=nope")).toEqual([]);
    expect(await pick(`container=web&since_seconds=3&tail=1`)).toEqual([
      "5s web/web [web] ready: serving version 1.4.0",
    ]);
  });

  it("follow: sends each new line as the lifecycle moves on the clock, and ends once healthy", async () => {
    const { id } = await newInstall();
    const stream = await open(fake, id, `?pod=${WORKER}`);
    const first = await stream.next();
    expect(JSON.parse(first!.data).content).toBe(`[worker] install ${id} accepted: version 1.4.0`);
    await clock.advance(1000);
    expect(JSON.parse((await stream.next())!.data).content).toMatch(/^\[worker\] rendering version 1\.4\.0/);
    await clock.advance(2000);
    expect(JSON.parse((await stream.next())!.data)).toMatchObject({
      content: "[worker] syncing version 1.4.0: starting",
      timestamp: iso(3000),
    });
    await clock.advance(2000);
    expect(JSON.parse((await stream.next())!.data)).toMatchObject({
      content: "[worker] ready: serving version 1.4.0",
      last: true,
    });
    expect(await stream.next()).toEqual({ event: "end", data: "{}" });
    expect(await stream.next()).toBeUndefined();
    const entry = fake.requests.find((r) => r.operation === "GET /installs/{id}/logs");
    expect(entry).toMatchObject({ status: 200, query: `?pod=${WORKER}` });
  });

  it("follow: ends with the failure's lines when the install.create Operation fails", async () => {
    const { id, op } = await newInstall();
    await clock.advance(1000);
    const stream = await open(fake, id, "?container=web");
    expect((await stream.next())!.data).toContain("accepted");
    expect((await stream.next())!.data).toContain("rendering");
    fake.operations.fail(op, "image pull failed");
    expect(JSON.parse((await stream.next())!.data)).toMatchObject({
      content: "[web] rollout of version 1.4.0 failed: image pull failed",
      timestamp: iso(1000),
      last: true,
    });
    expect(await stream.next()).toEqual({ event: "end", data: "{}" });
  });

  it("follow: ends after a delete's lines", async () => {
    const { id } = await newInstall();
    await clock.advance(5000);
    await call(fake, "DELETE", `/installs/${id}`, { ifMatch: "*" });
    const stream = await open(fake, id, "?container=web&tail=0");
    await clock.advance(1000);
    expect(JSON.parse((await stream.next())!.data)).toMatchObject({
      content: `[web] shutting down: install ${id} deleted`,
      timestamp: iso(6000),
    });
    expect(await stream.next()).toEqual({ event: "end", data: "{}" });
  });

  it("follow: ends when an Operation on a healthy install (a preview hostname bind) ends, though no line comes", async () => {
    const { id } = await newInstall();
    await clock.advance(5000);
    const renders = await call(fake, "GET", `/installs/${id}/renders`);
    const bind = await call(fake, "POST", `/installs/${id}/preview_hostnames:bindPinned`, {
      key: "bind-1",
      body: { render_id: renders.body.data[0].id },
    });
    expect(bind.status).toBe(202);
    const stream = await open(fake, id, "?container=web&tail=0");
    await clock.advance(1000);
    expect((await call(fake, "GET", `/operations/${bind.body.id}`)).body.state).toBe("SUCCEEDED");
    expect(await stream.next()).toEqual({ event: "end", data: "{}" });
  });

  it("follow: ends when a running delete is cancelled (the install stays, no line comes)", async () => {
    const { id } = await newInstall();
    await clock.advance(5000);
    const deleting = await call(fake, "DELETE", `/installs/${id}`, { ifMatch: "*" });
    expect(deleting.status).toBe(202);
    const stream = await open(fake, id, "?container=web&tail=0");
    fake.operations.cancel(deleting.body.id);
    expect(await stream.next()).toEqual({ event: "end", data: "{}" });
    expect((await call(fake, "GET", `/installs/${id}`)).body.state).toBe("healthy");
  });

  it("a deletion is told once, however many deletes ran (two at once, one more after)", async () => {
    const { id } = await newInstall();
    await clock.advance(5000);
    for (let i = 0; i < 2; i++)
      expect((await call(fake, "DELETE", `/installs/${id}`, { ifMatch: "*" })).status).toBe(202);
    await clock.advance(5000);
    await call(fake, "DELETE", `/installs/${id}`, { ifMatch: "*" });
    await clock.advance(5000);
    const told = (await logContents(fake, id, "&container=web")).filter((l) => l.includes("shutting down"));
    expect(told).toEqual([`[web] shutting down: install ${id} deleted`]);
  });

  it("errors before the stream opens are the JSON envelope: 404 unknown install, 400 bad query", async () => {
    const missing = await call(fake, "GET", "/installs/inst_missing/logs");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toMatch(/^application\/json/);
    expect(firstError(missing).message).toContain("inst_missing");
    const [id] = fake.seed.installs(1, { fields: { state: "healthy" } });
    for (const query of ["tail=-1", "since_seconds=-5", "tail=many", "follow=sometimes"]) {
      const bad = await call(fake, "GET", `/installs/${id}/logs?${query}`);
      expect(bad.status, query).toBe(400);
      expect(firstError(bad).path?.[0], query).toBe("query");
    }
    const other = await call(fake, "GET", `/installs/${id}/logs`, { token: "sk_akua_other" });
    expect(other.status).toBe(404);
  });

  it("HEAD answers the stream's headers without a body; fake.reset() ends a followed stream with end", async () => {
    const [seeded] = fake.seed.installs(1);
    const head = await fetch(`${fake.url}/installs/${seeded}/logs`, {
      method: "HEAD",
      headers: { authorization: `Bearer ${fake.token}` },
    });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    expect(await head.text()).toBe("");
    // A seeded pending install: nothing moves it, the stream waits.
    const stream = await open(fake, seeded!, "?tail=0");
    const pending = stream.next();
    expect(await Promise.race([pending, clock.sleep(0).then(() => "waiting")])).toBe("waiting");
    fake.reset();
    expect(await pending).toEqual({ event: "end", data: "{}" });
    expect(await stream.next()).toBeUndefined();
  });

  it("a seeded install's log tells the way to its state, stamped at its updated_at", async () => {
    const [id] = fake.seed.installs(1, { fields: { state: "failed", updated_at: 1_767_225_700 } });
    const got = lines(await readAll(id!, "?container=web"));
    expect(got.map((l) => [l.timestamp, l.content.split(" ").slice(1, 3).join(" ")])).toEqual([
      ["2026-01-01T00:01:40.000Z", `install ${id}`],
      ["2026-01-01T00:01:40.000Z", "rendering version"],
      ["2026-01-01T00:01:40.000Z", "rollout of"],
    ]);
    // Deleted through the API before its log was read: the deletion is told once.
    const [healthy] = fake.seed.installs(1, { fields: { state: "healthy" } });
    await call(fake, "DELETE", `/installs/${healthy}`, { ifMatch: "*" });
    await clock.advance(1000);
    const told = lines(await readAll(healthy!, "?container=web&follow=false")).map((l) => l.content.split(":")[0]);
    expect(told).toEqual([
      `[web] install ${healthy} accepted`,
      "[web] rendering version 1.4.0 (render none)",
      "[web] syncing version 1.4.0",
      "[web] ready",
      "[web] shutting down",
    ]);
  });

  it("drop-mid-stream destroys the connection after afterEvents message events; the log says dropped", async () => {
    const { id } = await newInstall();
    await clock.advance(5000);
    const fault = fake.inject({ path: "/installs/{id}/logs", fault: "drop-mid-stream", afterEvents: 4 });
    const stream = await open(fake, id, "?follow=false");
    expect(stream.res.status).toBe(200);
    const got: Event[] = [];
    const failure = await (async () => {
      try {
        for (let e = await stream.next(); e; e = await stream.next()) got.push(e);
      } catch (error) {
        return error;
      }
    })();
    expect(failure).toBeInstanceOf(Error);
    expect(got.map((e) => e.event)).toEqual(["message", "message", "message", "message"]);
    expect(fault.hits).toBe(1);
    const entry = fake.requests.filter((r) => r.operation === "GET /installs/{id}/logs").at(-1);
    expect(entry).toMatchObject({ status: "dropped", fault: "drop-mid-stream" });
    // A stream shorter than afterEvents is dropped instead of sending end.
    fake.inject({ path: `/installs/${id}/logs`, fault: "drop-mid-stream", afterEvents: 50 });
    const brief = await open(fake, id, "?follow=false&tail=2");
    const seen: string[] = [];
    await expect(
      (async () => {
        for (let e = await brief.next(); e; e = await brief.next()) seen.push(e.event);
      })(),
    ).rejects.toThrow();
    expect(seen).toEqual(["message", "message"]);
    // Spent: the next stream is whole.
    expect((await readAll(id, "?follow=false")).at(-1)!.event).toBe("end");
    expect(() => fake.inject({ path: "/x", fault: "drop-mid-stream", afterEvents: -1 })).toThrow(TypeError);
    expect(() => fake.inject({ path: "/x", fault: "status", afterEvents: 1 })).toThrow(TypeError);
  });

  it("drop-mid-stream on an answer that is not a stream drops it like drop-after-commit", async () => {
    const [id] = fake.seed.installs(1);
    fake.inject({ path: "/installs/{id}", method: "GET", fault: "drop-mid-stream" });
    await expect(call(fake, "GET", `/installs/${id}`)).rejects.toThrow();
    expect(fake.requests.at(-1)).toMatchObject({ status: "dropped", fault: "drop-mid-stream" });
  });
});

describe("installLogs (akua-sdk/logs) against the fake", () => {
  it("follows a new install to healthy on an auto-advancing clock, without real sleeps", async () => {
    clock.setAutoAdvance(true);
    try {
      const { id } = await newInstall();
      const akua = fake.client();
      const got: InstallLogLine[] = [];
      for await (const line of installLogs(akua, id, { container: "web" })) got.push(line);
      expect(got.map((l) => [l.timestamp, l.content.split(" ")[1]])).toEqual([
        [iso(0), "install"],
        [iso(1000), "rendering"],
        [iso(3000), "syncing"],
        [iso(5000), "ready:"],
      ]);
      expect(clock.now() - base).toBe(5000);
    } finally {
      clock.setAutoAdvance(false);
    }
  });

  it("resumes after an injected mid-stream drop and yields every line exactly once", async () => {
    clock.setAutoAdvance(true);
    try {
      const { id } = await newInstall();
      const akua = fake.client();
      // The first stream: the 3 pending lines, then 1 of the 3 rendering lines at 1 s, then dropped.
      fake.inject({ path: "/installs/{id}/logs", fault: "drop-mid-stream", afterEvents: 4 });
      const got: InstallLogLine[] = [];
      for await (const line of installLogs(akua, id)) got.push(line);
      const streams = fake.requests.filter((r) => r.operation === "GET /installs/{id}/logs");
      // The resume asks from the last line's second (1 s, or more if the clock moved on meanwhile).
      expect(streams.map((r) => [r.status, r.query])).toEqual([
        ["dropped", ""],
        [200, expect.stringMatching(/^\?since_seconds=\d+$/)],
      ]);
      expect(got).toHaveLength(12);
      expect(new Set(got.map((l) => `${l.timestamp} ${l.podName} ${l.containerName} ${l.content}`)).size).toBe(12);
      const plain = lines(await readAll(id, "?follow=false"));
      expect(got).toEqual(plain);
    } finally {
      clock.setAutoAdvance(false);
    }
  });

  it("throws the 404 before the stream opens as an AkuaApiError", async () => {
    const akua = fake.client({ maxRetries: 0 });
    const iteration = installLogs(akua, "inst_missing", { follow: false })[Symbol.asyncIterator]().next();
    await expect(iteration).rejects.toBeInstanceOf(AkuaApiError);
  });
});

describe("fake.close() with a stream open", () => {
  let other: FakeAkua | undefined;
  afterEach(async () => {
    await other?.close();
    other = undefined;
  });

  it("ends the stream and resolves", async () => {
    other = await startFakeAkua({ clock: createTestClock(), provisioning: { autoComplete: false } });
    const { id } = await newInstall(other);
    const stream = await open(other, id);
    for (let i = 0; i < 3; i++) expect((await stream.next())!.data).toContain("accepted");
    const pending = stream.next(); // waits: nothing moves the install
    expect(await Promise.race([pending, other.clock.sleep(0).then(() => "waiting")])).toBe("waiting");
    await other.close();
    await expect(pending).rejects.toThrow();
    expect(other.requests.at(-1)).toMatchObject({ operation: "GET /installs/{id}/logs", status: 200 });
  });
});
