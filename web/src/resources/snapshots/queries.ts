import { graphql } from '../../gql';

/** The snapshot's changes since the previous one, and its sections (all, or the kinds asked). */
export const SNAPSHOT_SECTIONS = graphql(`
  query SnapshotSections(
    $id: ID!
    $limit: Int
    $kinds: [SnapshotSectionKind!]
    $diffLimit: Int
    $withDiff: Boolean!
  ) {
    Snapshot(id: $id) {
      id
      diff(limit: $diffLimit) @include(if: $withDiff) {
        previousSnapshotId
        previousCapturedAt
        stored
        total
        changes {
          source
          path
          kind
          before
          after
          summary
          message {
            code
            params
          }
          checkIds
        }
      }
      sections(limit: $limit, kinds: $kinds) {
        kind
        source
        path
        read
        columns
        total
        checkIds
        rows {
          key
          cells
        }
      }
    }
  }
`);

/** The body exactly as received: only fetched when the user asks for it. */
export const SNAPSHOT_RAW = graphql(`
  query SnapshotRaw($id: ID!) {
    Snapshot(id: $id) {
      id
      raw
    }
  }
`);
