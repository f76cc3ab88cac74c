import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Customer } from '../customers/customer.entity';
import { ProductModel } from '../product-models/product-model.entity';

/** A sold unit, identified by model and serial number, with the dates its warranty and returns count from. */
@Entity({ name: 'unit' })
@Unique('UQ_unit_model_serial', ['productModel', 'serialNo'])
@Index('IDX_unit_customer', ['customerId'])
@Index('IDX_unit_model', ['productModel'])
export class Unit {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_unit' })
  id: string;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId: string;

  @ManyToOne(() => Customer, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'customer_id', foreignKeyConstraintName: 'FK_unit_customer' })
  customer?: Customer;

  @Column({ name: 'product_model', type: 'varchar', length: 50 })
  productModel: string;

  @ManyToOne(() => ProductModel, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'product_model', foreignKeyConstraintName: 'FK_unit_product_model' })
  model?: ProductModel;

  @Column({ name: 'serial_no', type: 'varchar', length: 64 })
  serialNo: string;

  @Column({ name: 'purchase_date', type: 'date' })
  purchaseDate: string;

  @Column({ name: 'delivery_date', type: 'date', nullable: true })
  deliveryDate: string | null;

  /** Receipt or invoice number of the proof of purchase. */
  @Column({ name: 'proof_of_purchase', type: 'varchar', length: 100, nullable: true })
  proofOfPurchase: string | null;

  @Column({ name: 'registered_on', type: 'date', nullable: true })
  registeredOn: string | null;

  /** Production batch and date, when the maker supplied them: recall campaigns select by them. */
  @Column({ name: 'batch_no', type: 'varchar', length: 40, nullable: true })
  batchNo: string | null;

  @Column({ name: 'production_date', type: 'date', nullable: true })
  productionDate: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
