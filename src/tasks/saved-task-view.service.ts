import { Injectable } from '@nestjs/common';
import { Principal } from '../auth/principal';
import { PrismaService } from '../database/prisma.service';
import { Prisma } from '../generated/prisma/client';
import { SaveTaskViewDto } from './dto/saved-task-view.dto';
import { SavedViewNotFoundError, SavedViewShareNotAllowedError } from './task.errors';

const VIEW_SELECT = {
  createdAt: true,
  filters: true,
  id: true,
  name: true,
  owner: { select: { displayName: true, id: true } },
  sharedRegion: { select: { id: true, name: true } },
  sharedRole: true,
  sort: true,
} satisfies Prisma.SavedTaskViewSelect;

type ViewRow = Prisma.SavedTaskViewGetPayload<{ select: typeof VIEW_SELECT }>;

/**
 * Saved views of the task list, kept on the server: a name, filters and a sort. A view is the
 * owner's, or shared with a team (everyone holding a role in a region), which only a member of that
 * team can do. Only the owner changes or deletes it. Views hold no case data, so they are not audited.
 */
@Injectable()
export class SavedTaskViewService {
  constructor(private readonly prisma: PrismaService) {}

  /** The user's own views and those shared with any team of theirs. */
  async list(principal: Principal) {
    const teams = principal.memberships.filter((m) => m.regionId !== null).map((m) => ({ sharedRegionId: m.regionId, sharedRole: m.role }));
    const rows = await this.prisma.savedTaskView.findMany({
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      select: VIEW_SELECT,
      where: { OR: [{ ownerId: principal.userId }, ...teams] },
    });
    return rows.map((row) => this.toView(row, principal));
  }

  async create(principal: Principal, dto: SaveTaskViewDto) {
    this.checkTeam(principal, dto);
    const row = await this.prisma.savedTaskView.create({ data: { ...this.data(dto), ownerId: principal.userId }, select: VIEW_SELECT });
    return this.toView(row, principal);
  }

  async update(principal: Principal, viewId: string, dto: SaveTaskViewDto) {
    this.checkTeam(principal, dto);
    const updated = await this.prisma.savedTaskView.updateMany({ data: this.data(dto), where: { id: viewId, ownerId: principal.userId } });
    if (updated.count === 0) throw new SavedViewNotFoundError();
    return this.toView(await this.prisma.savedTaskView.findUniqueOrThrow({ select: VIEW_SELECT, where: { id: viewId } }), principal);
  }

  async remove(principal: Principal, viewId: string): Promise<void> {
    const deleted = await this.prisma.savedTaskView.deleteMany({ where: { id: viewId, ownerId: principal.userId } });
    if (deleted.count === 0) throw new SavedViewNotFoundError();
  }

  private checkTeam(principal: Principal, dto: SaveTaskViewDto): void {
    const team = dto.sharedWith;
    if (team && !principal.memberships.some((m) => m.role === team.role && m.regionId === team.regionId)) throw new SavedViewShareNotAllowedError();
  }

  private data(dto: SaveTaskViewDto) {
    // Only filters with a value are kept, so that a view reads back as it was saved.
    const filters = Object.fromEntries(Object.entries(dto.filters).filter(([, value]) => value !== undefined && value !== null && value !== ''));
    return { filters, name: dto.name.trim(), sharedRegionId: dto.sharedWith?.regionId ?? null, sharedRole: dto.sharedWith?.role ?? null, sort: dto.sort };
  }

  private toView(row: ViewRow, principal: Principal) {
    const { owner, sharedRegion, sharedRole, ...rest } = row;
    return {
      ...rest,
      createdAt: row.createdAt.toISOString(),
      mine: owner.id === principal.userId,
      owner,
      sharedWith: sharedRegion && sharedRole ? { region: sharedRegion, role: sharedRole } : null,
    };
  }
}
