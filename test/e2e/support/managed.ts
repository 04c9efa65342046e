import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The example managed policy in docs/managed/ and the files an administrator
 * deploys it with, one per browser and system (ADMIN.md). policy.json is the
 * one source: the other files wrap it, and test/unit/managed.examples.test.ts
 * fails when one of them no longer says the same (rewrite them with
 * BG_UPDATE_EXAMPLES=1). The end-to-end test deploys the Linux file for real.
 */

export const EXAMPLES_DIR = resolve(import.meta.dirname, '../../../docs/managed');
/** Stands for the extension id in the Chromium, Chrome and Edge examples: the store's id, or the one chrome://extensions shows. */
export const EXTENSION_ID_PLACEHOLDER = 'EXTENSION_ID';
/** Firefox names add-ons by their gecko id, fixed in wxt.config.ts: no placeholder there. */
export const GECKO_ID = 'boundary-guard@boundaryguard.app';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export function examplePolicy(): Record<string, Json> {
  return JSON.parse(readFileSync(resolve(EXAMPLES_DIR, 'policy.json'), 'utf8'));
}

/** Chrome, Chromium and Edge on Linux: a JSON file in the browser's managed-policies folder. */
export function linuxPolicyFile(policy: Record<string, Json>, extensionId = EXTENSION_ID_PLACEHOLDER): string {
  return `${JSON.stringify({ '3rdparty': { extensions: { [extensionId]: policy } } }, null, 2)}\n`;
}

/** Firefox on any system: policies.json (or the same "3rdparty" policy through Group Policy or a profile). */
export function firefoxPoliciesFile(policy: Record<string, Json>): string {
  return `${JSON.stringify({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: policy } } } }, null, 2)}\n`;
}

const REGISTRY_ROOTS = {
  chrome: 'SOFTWARE\\Policies\\Google\\Chrome',
  edge: 'SOFTWARE\\Policies\\Microsoft\\Edge',
} as const;

function regString(value: string): string {
  if (!/^[\x20-\x7e]*$/.test(value))
    throw new Error(`Keep the example ASCII: .reg files are read as ANSI unless saved as UTF-16 (${value})`);
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * Windows: a .reg file for the machine policy. Chrome and Edge read an
 * extension's policy under 3rdparty\extensions\<id>\policy; a value whose
 * schema type is an object is given as JSON text, numbers and booleans as DWORDs.
 */
export function windowsRegFile(
  browser: keyof typeof REGISTRY_ROOTS,
  policy: Record<string, Json>,
  extensionId = EXTENSION_ID_PLACEHOLDER,
): string {
  const lines = [
    'Windows Registry Editor Version 5.00',
    '',
    `[HKEY_LOCAL_MACHINE\\${REGISTRY_ROOTS[browser]}\\3rdparty\\extensions\\${extensionId}\\policy]`,
  ];
  for (const [name, value] of Object.entries(policy)) {
    if (typeof value === 'boolean') lines.push(`"${name}"=dword:${value ? '00000001' : '00000000'}`);
    else if (typeof value === 'number') lines.push(`"${name}"=dword:${value.toString(16).padStart(8, '0')}`);
    else if (typeof value === 'string') lines.push(`"${name}"=${regString(value)}`);
    else lines.push(`"${name}"=${regString(JSON.stringify(value))}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function plistValue(value: Json, indent: string): string[] {
  if (typeof value === 'string') return [`${indent}<string>${xml(value)}</string>`];
  if (typeof value === 'boolean') return [`${indent}<${value}/>`];
  if (typeof value === 'number') return [`${indent}<integer>${value}</integer>`];
  if (value === null) throw new Error('No null in a managed policy');
  if (Array.isArray(value)) return [`${indent}<array>`, ...value.flatMap((v) => plistValue(v, `${indent}  `)), `${indent}</array>`];
  return [
    `${indent}<dict>`,
    ...Object.entries(value).flatMap(([k, v]) => [`${indent}  <key>${xml(k)}</key>`, ...plistValue(v, `${indent}  `)]),
    `${indent}</dict>`,
  ];
}

/**
 * macOS: a configuration profile (MDM or double-click to install) whose one
 * payload sets the preference domain Chrome reads an extension's policy from.
 */
export function macosProfile(policy: Record<string, Json>, extensionId = EXTENSION_ID_PLACEHOLDER): string {
  const domain = `com.google.Chrome.extensions.${extensionId}`;
  const payload: Record<string, Json> = {
    PayloadDisplayName: 'Boundary Guard practice policy',
    PayloadIdentifier: `app.boundaryguard.policy.${extensionId}`,
    PayloadType: domain,
    PayloadUUID: '6B0E3C52-2F1B-4C3B-9E0C-6F6A2B9E5D01',
    PayloadVersion: 1,
    ...policy,
  };
  const profile: Record<string, Json> = {
    PayloadContent: [payload],
    PayloadDescription: 'The social media policy of the practice for the Boundary Guard browser extension.',
    PayloadDisplayName: 'Boundary Guard practice policy',
    PayloadIdentifier: 'app.boundaryguard.policy',
    PayloadScope: 'System',
    PayloadType: 'Configuration',
    PayloadUUID: 'C1F4A9D2-7E35-4B8A-A0D6-2D5E8F9B3A47',
    PayloadVersion: 1,
  };
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    ...plistValue(profile, ''),
    '</plist>',
    '',
  ].join('\n');
}

/** Every example file, by its path under docs/managed/, as generated from policy.json. */
export function exampleFiles(policy = examplePolicy()): Record<string, string> {
  return {
    'linux/boundary-guard.json': linuxPolicyFile(policy),
    'firefox/policies.json': firefoxPoliciesFile(policy),
    'windows/chrome.reg': windowsRegFile('chrome', policy),
    'windows/edge.reg': windowsRegFile('edge', policy),
    'macos/chrome.mobileconfig': macosProfile(policy),
  };
}

/**
 * The id Chromium gives an unpacked extension loaded from `dir` (a manifest
 * without "key"): the first 128 bits of the SHA-256 of its absolute path,
 * written with the letters a–p for the hex digits 0–f.
 */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode('a'.charCodeAt(0) + Number.parseInt(c, 16))).join('');
}
