/* eslint-disable @typescript-eslint/no-explicit-any -- test replies are JSON checked by assertions, not by types */
import { request } from 'node:http';
/**
 * A tiny fetch wrapper for tests: status, headers and the parsed body. Every
 * reply is checked against the OpenAPI document first (openapi.ts), so a test
 * fails on an answer the document does not describe.
 */
import { checkAgainstDocument } from './openapi.js';

export interface Reply<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export function client(base: string, defaults: Record<string, string> = {}) {
  async function call<T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Reply<T>> {
    const init: RequestInit = { method, headers: { ...defaults, ...headers } };
    if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
      (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
    }
    const res = await fetch(base + path, init);
    const text = await res.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    const reply = { status: res.status, headers: res.headers, body: parsed as T, text };
    checkAgainstDocument(method, path, reply);
    return reply;
  }
  return {
    get: <T = any>(path: string, headers?: Record<string, string>) =>
      call<T>('GET', path, undefined, headers),
    post: <T = any>(path: string, body: unknown, headers?: Record<string, string>) =>
      call<T>('POST', path, body, headers),
    patch: <T = any>(path: string, body: unknown, headers?: Record<string, string>) =>
      call<T>('PATCH', path, body, headers),
    delete: <T = any>(path: string, headers?: Record<string, string>) =>
      call<T>('DELETE', path, undefined, headers),
    call,
  };
}

export const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

/** A GET over node:http, which (unlike fetch) lets a test name the Host header. */
export function getWithHost(url: string, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { host, 'x-forwarded-host': host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve(body));
    });
    req.on('error', reject);
    req.end();
  });
}
