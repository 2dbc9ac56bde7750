/** Where the Zeebe adapter finds its cluster: a local broker or a remote (SaaS, self-managed) one. */
export interface ZeebeConnection {
  grpcAddress: string;
  /** The actuator base URL (health, clock); absent for SaaS, where clock control is not available. */
  managementAddress?: string;
  oauth?: { audience?: string; clientId: string; clientSecret: string; url: string };
  restAddress: string;
}

/** An injection token for the connection, so the adapter stays free of configuration parsing. */
export const ZEEBE_CONNECTION = Symbol('ZEEBE_CONNECTION');
