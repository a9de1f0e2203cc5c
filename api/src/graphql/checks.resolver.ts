import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { CHECKS, findCheck, SEVERITIES, type CheckDefinition } from '@posture/jobs';
import { listArgs, ListArgsDto, ListMetadata } from './models/common.js';
import { CheckFilterInput, CheckModel } from './models/history.model.js';

const toModel = (c: CheckDefinition): CheckModel => ({
  id: c.id,
  title: c.title,
  severity: c.severity,
  metricUnit: c.metricUnit,
  sources: c.sources,
  description: c.description,
  rationale: c.rationale,
  remediation: c.remediation,
});

function filtered(f?: CheckFilterInput | null): CheckDefinition[] {
  const q = f?.q?.toLowerCase();
  return CHECKS.filter(
    (c) =>
      (!f?.ids || f.ids.includes(c.id)) &&
      (!f?.severity || c.severity === f.severity) &&
      (!q || c.id.toLowerCase().includes(q) || c.title.toLowerCase().includes(q)),
  );
}

/** The check catalogue: static, the same for every tenant. */
@Resolver(() => CheckModel)
export class ChecksResolver {
  @Query(() => CheckModel, { name: 'Check', nullable: true })
  check(@Args('id', { type: () => ID }) id: string) {
    const c = findCheck(id);
    return c ? toModel(c) : null;
  }

  @Query(() => [CheckModel], { name: 'allChecks' })
  allChecks(
    @Args() args: ListArgsDto,
    @Args('filter', { type: () => CheckFilterInput, nullable: true }) filter?: CheckFilterInput,
  ) {
    const { page, perPage, sortField, sortOrder } = listArgs({
      ...args,
      perPage: args.perPage ?? 100,
    });
    const list = filtered(filter).map(toModel);
    const key = sortField;
    const direction = sortOrder?.toUpperCase() === 'DESC' ? -1 : 1;
    if (key === 'severity') {
      // Most severe first (the enum's order), then by id.
      const rank = (c: CheckModel) => SEVERITIES.indexOf(c.severity);
      list.sort((a, b) => (rank(a) - rank(b)) * direction || a.id.localeCompare(b.id));
    } else if (key === 'id' || key === 'title') {
      list.sort((a, b) => String(a[key]).localeCompare(String(b[key])) * direction);
    }
    return list.slice(page * perPage, (page + 1) * perPage);
  }

  @Query(() => ListMetadata, { name: '_allChecksMeta' })
  allChecksMeta(
    @Args('page', { type: () => Int, nullable: true }) _page?: number,
    @Args('perPage', { type: () => Int, nullable: true }) _perPage?: number,
    @Args('filter', { type: () => CheckFilterInput, nullable: true }) filter?: CheckFilterInput,
  ) {
    return { count: filtered(filter).length };
  }
}
