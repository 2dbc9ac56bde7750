import { Prisma } from '../generated/prisma/client';
import { RegionScope } from './monitoring-access.policy';

/** Which cases a monitoring question is about: the user's regions, narrowed by the chosen filters. */
export interface CaseScope {
  municipalityId?: string;
  /** The regions the user may see; null: all regions. */
  allowedRegionIds: string[] | null;
  regionId?: string;
  tableId?: string;
}

export function caseScopeOf(scope: Exclude<RegionScope, null>, filters: { municipalityId?: string; regionId?: string; tableId?: string }): CaseScope {
  return { allowedRegionIds: scope.all ? null : scope.regionIds, municipalityId: filters.municipalityId, regionId: filters.regionId, tableId: filters.tableId };
}

/** The scope as a condition on `jbt_case c`. */
export function caseScopeSql(scope: CaseScope): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (scope.allowedRegionIds) parts.push(Prisma.sql`c.region_id = ANY(${scope.allowedRegionIds}::uuid[])`);
  if (scope.regionId) parts.push(Prisma.sql`c.region_id = ${scope.regionId}::uuid`);
  if (scope.tableId) parts.push(Prisma.sql`c.table_id = ${scope.tableId}::uuid`);
  if (scope.municipalityId) parts.push(Prisma.sql`c.municipality_id = ${scope.municipalityId}::uuid`);
  return Prisma.join(parts, ' AND ');
}
