package com.example.bulk;

import dev.crosscheck.CrossOrigin;
import dev.crosscheck.NoCrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** Part 6 of a large API: fifty items, each read and written; writes of every tenth item stay same-origin. */
@Path("part6")
@CrossOrigin(origins = "https://app.example.com", allowedHeaders = "Content-Type")
public class Part6Resource {

  @GET
  @Path("item0/{id}")
  public String read0(@PathParam("id") String id) {
    return id;
  }

  @POST
  @Path("item0/{id}")
  @NoCrossOrigin
  public void write0(@PathParam("id") String id, String body) {}

  @GET
  @Path("item1/{id}")
  public String read1(@PathParam("id") String id) {
    return id;
  }

  @POST
  @Path("item1/{id}")
  public void write1(@PathParam("id") String id, String body) {}

  @GET
  @Path("item2/{id}")
  public String read2(@PathParam("id") String id) {
    return id;
  }

  @POST
  @Path("item2/{id}")
  public void write2(@PathParam("id") String id, String body) {}

  @GET
  @Path("item3/{id}")
  public String read3(@PathParam("id") String id) {
    return id;
  }

  @POST
  @Path("item3/{id}")
  public void write3(@PathParam("id") String id, String body) {}

  @GET
  @Path("item4/{id}")
  public String read4(@PathParam("id") String id) {
    return id;
  }

  @POST
  @Path("item4/{id}")
  public void write4(@PathParam("id") String id, String body) {}

  @GET
  @Path("item5/{id}")
  public String read5(@PathParam("id") String id) {
    return id;
  }

  @POST
  @Path("item5/{id}")
  public void write5(@PathParam("id") String id, String body) {}

  @GET
  @Path("item6/{id}")
  public String read6(@PathParam("id") String id) {
    return id;
  }

  @POST
  @Path("item6/{id}")
  public void write6(@PathParam("id") String id, String body) {}

  @GET
  @Path("item7/{id}")
  public String read7(@PathParam("id") String id) {
    return id;
  }

  @POST
  @Path("item7/{id}")
  public void write7(@PathParam("id") String id, String body) {}

  @GET
  @Path("item8/{id}")
  public String read8(@PathParam("id") String id) {
    return id;
  }

  @POST
  @Path("item8/{id}")
  public void write8(@PathParam("id") String id, String body) {}

  @GET
  @Path("item9/{id}")
  public String read9(@PathParam("id") String id) {
    return id;
  }

  @POST
  @Path("item9/{id}")
  public void write9(@PathParam("id") String id, String body) {}

  @GET
  @Path("item10/{id}")
  public String read10(@PathParam("id") String id) {
    return id;
  }

  @POST
  @Path("item10/{id}")
  @NoCrossOrigin
  public void write10(@PathParam("id") String id, String body) {}

  @GET
  @Path("item11/{id}")
  public String read11(@PathParam("id") String id) {
    return id;
  }

  @POST
  @Path("item11/{id}")
  public void write11(@PathParam("id") String id, String body) {}

  @GET
  @Path("item12/{id}")
  public String read12(@PathParam("id") String id) {
    return id;
  }

  @POST
  @Path("item12/{id}")
  public void write12(@PathParam("id") String id, String body) {}

  @GET
  @Path("item13/{id}")
  public String read13(@PathParam("id") String id) {
    return id;
  }

  @POST
  @Path("item13/{id}")
  public void write13(@PathParam("id") String id, String body) {}

  @GET
  @Path("item14/{id}")
  public String read14(@PathParam("id") String id) {
    return id;
  }

  @POST
  @Path("item14/{id}")
  public void write14(@PathParam("id") String id, String body) {}

  @GET
  @Path("item15/{id}")
  public String read15(@PathParam("id") String id) {
    return id;
  }

  @POST
  @Path("item15/{id}")
  public void write15(@PathParam("id") String id, String body) {}

  @GET
  @Path("item16/{id}")
  public String read16(@PathParam("id") String id) {
    return id;
  }

  @POST
  @Path("item16/{id}")
  public void write16(@PathParam("id") String id, String body) {}

  @GET
  @Path("item17/{id}")
  public String read17(@PathParam("id") String id) {
    return id;
  }

  @POST
  @Path("item17/{id}")
  public void write17(@PathParam("id") String id, String body) {}

  @GET
  @Path("item18/{id}")
  public String read18(@PathParam("id") String id) {
    return id;
  }

  @POST
  @Path("item18/{id}")
  public void write18(@PathParam("id") String id, String body) {}

  @GET
  @Path("item19/{id}")
  public String read19(@PathParam("id") String id) {
    return id;
  }

  @POST
  @Path("item19/{id}")
  public void write19(@PathParam("id") String id, String body) {}

  @GET
  @Path("item20/{id}")
  public String read20(@PathParam("id") String id) {
    return id;
  }

  @POST
  @Path("item20/{id}")
  @NoCrossOrigin
  public void write20(@PathParam("id") String id, String body) {}

  @GET
  @Path("item21/{id}")
  public String read21(@PathParam("id") String id) {
    return id;
  }

  @POST
  @Path("item21/{id}")
  public void write21(@PathParam("id") String id, String body) {}

  @GET
  @Path("item22/{id}")
  public String read22(@PathParam("id") String id) {
    return id;
  }

  @POST
  @Path("item22/{id}")
  public void write22(@PathParam("id") String id, String body) {}

  @GET
  @Path("item23/{id}")
  public String read23(@PathParam("id") String id) {
    return id;
  }

  @POST
  @Path("item23/{id}")
  public void write23(@PathParam("id") String id, String body) {}

  @GET
  @Path("item24/{id}")
  public String read24(@PathParam("id") String id) {
    return id;
  }

  @POST
  @Path("item24/{id}")
  public void write24(@PathParam("id") String id, String body) {}

  @GET
  @Path("item25/{id}")
  public String read25(@PathParam("id") String id) {
    return id;
  }

  @POST
  @Path("item25/{id}")
  public void write25(@PathParam("id") String id, String body) {}

  @GET
  @Path("item26/{id}")
  public String read26(@PathParam("id") String id) {
    return id;
  }

  @POST
  @Path("item26/{id}")
  public void write26(@PathParam("id") String id, String body) {}

  @GET
  @Path("item27/{id}")
  public String read27(@PathParam("id") String id) {
    return id;
  }

  @POST
  @Path("item27/{id}")
  public void write27(@PathParam("id") String id, String body) {}

  @GET
  @Path("item28/{id}")
  public String read28(@PathParam("id") String id) {
    return id;
  }

  @POST
  @Path("item28/{id}")
  public void write28(@PathParam("id") String id, String body) {}

  @GET
  @Path("item29/{id}")
  public String read29(@PathParam("id") String id) {
    return id;
  }

  @POST
  @Path("item29/{id}")
  public void write29(@PathParam("id") String id, String body) {}

  @GET
  @Path("item30/{id}")
  public String read30(@PathParam("id") String id) {
    return id;
  }

  @POST
  @Path("item30/{id}")
  @NoCrossOrigin
  public void write30(@PathParam("id") String id, String body) {}

  @GET
  @Path("item31/{id}")
  public String read31(@PathParam("id") String id) {
    return id;
  }

  @POST
  @Path("item31/{id}")
  public void write31(@PathParam("id") String id, String body) {}

  @GET
  @Path("item32/{id}")
  public String read32(@PathParam("id") String id) {
    return id;
  }

  @POST
  @Path("item32/{id}")
  public void write32(@PathParam("id") String id, String body) {}

  @GET
  @Path("item33/{id}")
  public String read33(@PathParam("id") String id) {
    return id;
  }

  @POST
  @Path("item33/{id}")
  public void write33(@PathParam("id") String id, String body) {}

  @GET
  @Path("item34/{id}")
  public String read34(@PathParam("id") String id) {
    return id;
  }

  @POST
  @Path("item34/{id}")
  public void write34(@PathParam("id") String id, String body) {}

  @GET
  @Path("item35/{id}")
  public String read35(@PathParam("id") String id) {
    return id;
  }

  @POST
  @Path("item35/{id}")
  public void write35(@PathParam("id") String id, String body) {}

  @GET
  @Path("item36/{id}")
  public String read36(@PathParam("id") String id) {
    return id;
  }

  @POST
  @Path("item36/{id}")
  public void write36(@PathParam("id") String id, String body) {}

  @GET
  @Path("item37/{id}")
  public String read37(@PathParam("id") String id) {
    return id;
  }

  @POST
  @Path("item37/{id}")
  public void write37(@PathParam("id") String id, String body) {}

  @GET
  @Path("item38/{id}")
  public String read38(@PathParam("id") String id) {
    return id;
  }

  @POST
  @Path("item38/{id}")
  public void write38(@PathParam("id") String id, String body) {}

  @GET
  @Path("item39/{id}")
  public String read39(@PathParam("id") String id) {
    return id;
  }

  @POST
  @Path("item39/{id}")
  public void write39(@PathParam("id") String id, String body) {}

  @GET
  @Path("item40/{id}")
  public String read40(@PathParam("id") String id) {
    return id;
  }

  @POST
  @Path("item40/{id}")
  @NoCrossOrigin
  public void write40(@PathParam("id") String id, String body) {}

  @GET
  @Path("item41/{id}")
  public String read41(@PathParam("id") String id) {
    return id;
  }

  @POST
  @Path("item41/{id}")
  public void write41(@PathParam("id") String id, String body) {}

  @GET
  @Path("item42/{id}")
  public String read42(@PathParam("id") String id) {
    return id;
  }

  @POST
  @Path("item42/{id}")
  public void write42(@PathParam("id") String id, String body) {}

  @GET
  @Path("item43/{id}")
  public String read43(@PathParam("id") String id) {
    return id;
  }

  @POST
  @Path("item43/{id}")
  public void write43(@PathParam("id") String id, String body) {}

  @GET
  @Path("item44/{id}")
  public String read44(@PathParam("id") String id) {
    return id;
  }

  @POST
  @Path("item44/{id}")
  public void write44(@PathParam("id") String id, String body) {}

  @GET
  @Path("item45/{id}")
  public String read45(@PathParam("id") String id) {
    return id;
  }

  @POST
  @Path("item45/{id}")
  public void write45(@PathParam("id") String id, String body) {}

  @GET
  @Path("item46/{id}")
  public String read46(@PathParam("id") String id) {
    return id;
  }

  @POST
  @Path("item46/{id}")
  public void write46(@PathParam("id") String id, String body) {}

  @GET
  @Path("item47/{id}")
  public String read47(@PathParam("id") String id) {
    return id;
  }

  @POST
  @Path("item47/{id}")
  public void write47(@PathParam("id") String id, String body) {}

  @GET
  @Path("item48/{id}")
  public String read48(@PathParam("id") String id) {
    return id;
  }

  @POST
  @Path("item48/{id}")
  public void write48(@PathParam("id") String id, String body) {}

  @GET
  @Path("item49/{id}")
  public String read49(@PathParam("id") String id) {
    return id;
  }

  @POST
  @Path("item49/{id}")
  public void write49(@PathParam("id") String id, String body) {}
}
