import { ElementCatalogue } from './element-catalogue';
import { HistoryDatabase } from './history-database';

/**
 * The deployed XML of process definitions and their element catalogues, each read once: a deployed
 * definition never changes. Operaton keeps the file in ACT_GE_BYTEARRAY under the definition's
 * deployment and resource name.
 */
export class DefinitionCatalogues {
  private readonly catalogues = new Map<string, Promise<ElementCatalogue>>();

  constructor(private readonly db: HistoryDatabase) {}

  async xml(definitionId: string): Promise<string | null> {
    const [row] = await this.db.rows<{ bytes: Buffer | null }>(
      `SELECT b.bytes_ AS bytes
         FROM act_re_procdef d
         JOIN act_ge_bytearray b ON b.deployment_id_ = d.deployment_id_ AND b.name_ = d.resource_name_
        WHERE d.id_ = $1
        LIMIT 1`,
      [definitionId],
    );
    return row?.bytes ? row.bytes.toString('utf8') : null;
  }

  /** The catalogue of a definition; empty (and asked again next time) when the definition is unknown. */
  of(definitionId: string): Promise<ElementCatalogue> {
    let catalogue = this.catalogues.get(definitionId);
    if (!catalogue) {
      catalogue = this.xml(definitionId).then((xml) => {
        if (xml === null) this.catalogues.delete(definitionId);
        return xml === null ? ElementCatalogue.EMPTY : ElementCatalogue.fromXml(xml);
      });
      // A failed read is not kept: the next caller reads again.
      catalogue.catch(() => this.catalogues.delete(definitionId));
      this.catalogues.set(definitionId, catalogue);
    }
    return catalogue;
  }

  /** The catalogues of several definitions, by id. */
  async ofAll(definitionIds: Iterable<string>): Promise<Map<string, ElementCatalogue>> {
    const ids = [...new Set(definitionIds)];
    const catalogues = await Promise.all(ids.map((id) => this.of(id)));
    return new Map(ids.map((id, index) => [id, catalogues[index]]));
  }
}
