export const ROLES = ['kasir', 'supervisor', 'manajer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who may approve an override (void, return, soft limit) at the counter. */
export const APPROVER_ROLES: readonly Role[] = ['supervisor', 'manajer', 'admin'];
export const MANAGER_ROLES: readonly Role[] = ['manajer', 'admin'];
