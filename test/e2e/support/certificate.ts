import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PLATFORM_HOSTS } from './routes';

export interface Certificate {
  keyFile: string;
  certFile: string;
}

/**
 * A throwaway self-signed certificate for the platform hosts, made with openssl
 * in a temporary directory (never committed). Chromium runs with
 * --ignore-certificate-errors, so it only has to be well formed.
 */
export function makeCertificate(dir: string): Certificate {
  const keyFile = join(dir, 'key.pem');
  const certFile = join(dir, 'cert.pem');
  if (existsSync(keyFile) && existsSync(certFile)) return { keyFile, certFile };
  const san = [...PLATFORM_HOSTS, 'localhost'].map((h) => `DNS:${h}`).join(',');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=Boundary Guard test fixtures',
      '-addext',
      `subjectAltName=${san}`,
      '-keyout',
      keyFile,
      '-out',
      certFile,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  return { keyFile, certFile };
}
