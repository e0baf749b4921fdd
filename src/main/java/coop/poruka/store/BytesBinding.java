package coop.poruka.store;

import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Types;
import org.jooq.Binding;
import org.jooq.BindingGetResultSetContext;
import org.jooq.BindingGetSQLInputContext;
import org.jooq.BindingGetStatementContext;
import org.jooq.BindingRegisterContext;
import org.jooq.BindingSQLContext;
import org.jooq.BindingSetSQLOutputContext;
import org.jooq.BindingSetStatementContext;
import org.jooq.Converter;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;

/**
 * Binds BINARY columns (the journal's hashes) as plain bytes. On H2 jOOQ binds every byte[] as a
 * java.sql.Blob, so that values above 1 MB work (jOOQ issue 12956); for 32-byte hashes that
 * creates and then deletes a stored LOB per value, which made a bulk import many times slower.
 * The code generator applies this binding to every BINARY and VARBINARY column (see pom.xml).
 */
public final class BytesBinding implements Binding<byte[], byte[]> {
    private static final long serialVersionUID = 1L;
    private static final Converter<byte[], byte[]> IDENTITY =
            Converter.ofNullable(byte[].class, byte[].class, b -> b, b -> b);

    @Override
    public Converter<byte[], byte[]> converter() {
        return IDENTITY;
    }

    @Override
    public void sql(BindingSQLContext<byte[]> ctx) throws SQLException {
        if (ctx.render().paramType() == ParamType.INLINED) {
            ctx.render().visit(DSL.inline(ctx.value()));
        } else {
            ctx.render().sql(ctx.variable());
        }
    }

    @Override
    public void register(BindingRegisterContext<byte[]> ctx) throws SQLException {
        ctx.statement().registerOutParameter(ctx.index(), Types.VARBINARY);
    }

    @Override
    public void set(BindingSetStatementContext<byte[]> ctx) throws SQLException {
        ctx.statement().setBytes(ctx.index(), ctx.value());
    }

    @Override
    public void set(BindingSetSQLOutputContext<byte[]> ctx) throws SQLException {
        throw new SQLFeatureNotSupportedException("user-defined SQL types are not used");
    }

    @Override
    public void get(BindingGetResultSetContext<byte[]> ctx) throws SQLException {
        ctx.value(ctx.resultSet().getBytes(ctx.index()));
    }

    @Override
    public void get(BindingGetStatementContext<byte[]> ctx) throws SQLException {
        ctx.value(ctx.statement().getBytes(ctx.index()));
    }

    @Override
    public void get(BindingGetSQLInputContext<byte[]> ctx) throws SQLException {
        throw new SQLFeatureNotSupportedException("user-defined SQL types are not used");
    }
}
