import { Injectable } from '@nestjs/common';
import { FiguresProjection } from '../../figures.projection';

/** Empties the figures and replays the event stream into them; answers once the replay has started. */
@Injectable()
export class RebuildFiguresUseCase {
  constructor(private readonly projection: FiguresProjection) {}

  async execute(): Promise<{ rebuilding: true }> {
    await this.projection.rebuild();
    return { rebuilding: true };
  }
}
