import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { Database } from './database';
import { dataSourceOptions } from './data-source-options';

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      // Each module brings its entities (`TypeOrmModule.forFeature`); platform lists none of theirs.
      useFactory: (config: AppConfig) => ({ ...dataSourceOptions(config.DATABASE_URL, config.DATABASE_POOL_SIZE), autoLoadEntities: true, retryAttempts: 3 }),
    }),
  ],
  providers: [Database],
  exports: [Database],
})
export class DatabaseModule {}
