import { Global, Module } from '@nestjs/common';
import { loadEnvironment, type Environment } from './environment';

export const ENVIRONMENT = Symbol('ENVIRONMENT');

@Global()
@Module({
  providers: [{ provide: ENVIRONMENT, useFactory: (): Environment => loadEnvironment() }],
  exports: [ENVIRONMENT],
})
export class ConfigModule {}
